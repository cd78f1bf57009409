"""Writes a generated .resx catalog the way every CLDR script here does (date_words_from_cldr.py,
zone_cities_from_cldr.py): UTF-8, LF line ends, one comment line naming the generator and its source, the four
resheaders .NET's resource generator expects, then the data lines as given."""

RESHEADERS = [
    '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n',
    '  <resheader name="version"><value>2.0</value></resheader>\n',
    '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n',
    '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n',
]


def write_resx(path, comment, lines):
    """Writes path: the XML declaration, <!-- comment -->, <root> with the resheaders and lines (each already a
    <data> element, indented), and prints the path and the number of lines."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n')
        f.write(f"<!-- {comment} -->\n")
        f.write("<root>\n")
        f.writelines(RESHEADERS)
        f.write("\n".join(lines) + "\n</root>\n")
    print(path, len(lines))

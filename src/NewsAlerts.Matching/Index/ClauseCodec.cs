using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Index;

/// <summary>Writes and reads compiled clause trees, so a snapshot loads without parsing, analysing or expanding again.</summary>
internal static class ClauseCodec
{
    private const byte WordsTag = 1;
    private const byte PrefixTag = 2;
    private const byte AndTag = 3;
    private const byte OrTag = 4;
    private const byte NotTag = 5;
    private const byte NearTag = 6;
    private const byte FilterTag = 7;

    public static void Write(BinaryWriter writer, Clause clause)
    {
        switch (clause)
        {
            case WordsClause words:
                writer.Write(WordsTag);
                writer.Write((byte)words.Fields);
                writer.Write(words.QueryText);
                writer.Write(words.Alternatives.Length);
                foreach (var alternative in words.Alternatives)
                {
                    writer.Write(alternative.Terms.Length);
                    for (var i = 0; i < alternative.Terms.Length; i++)
                    {
                        writer.Write(alternative.Terms[i]);
                        writer.Write(alternative.Weights[i]);
                    }

                    writer.Write((byte)AlternativeKinds.Of(alternative));
                    writer.Write(alternative.Via is not null);
                    if (alternative.Via is not null)
                    {
                        writer.Write(alternative.Via);
                    }
                }

                break;
            case PrefixClause prefix:
                writer.Write(PrefixTag);
                writer.Write((byte)prefix.Fields);
                writer.Write(prefix.QueryText);
                writer.Write(prefix.Prefix);
                writer.Write(prefix.Key);
                break;
            case AndClause and:
                WriteChildren(writer, AndTag, and.Children);
                break;
            case OrClause or:
                WriteChildren(writer, OrTag, or.Children);
                break;
            case NotClause not:
                writer.Write(NotTag);
                Write(writer, not.Child);
                break;
            case NearClause near:
                writer.Write(NearTag);
                writer.Write(near.Distance);
                Write(writer, near.Left);
                Write(writer, near.Right);
                break;
            case FilterClause filter:
                writer.Write(FilterTag);
                writer.Write((byte)filter.Kind);
                writer.Write(filter.Value);
                writer.Write(filter.Key);
                writer.Write((byte)filter.Comparison);
                writer.Write(filter.Number);
                writer.Write(filter.QueryText);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(clause), clause.GetType().Name, "unknown clause type");
        }
    }

    public static Clause Read(BinaryReader reader, StringPool strings)
    {
        var tag = reader.ReadByte();
        switch (tag)
        {
            case WordsTag:
                {
                    var fields = reader.ReadByte();
                    var queryText = strings.Intern(reader.ReadString());
                    var alternatives = new WordAlternative[SnapshotLengths.Read(reader, "alternative count")];
                    for (var a = 0; a < alternatives.Length; a++)
                    {
                        var length = SnapshotLengths.Read(reader, "term count");
                        var terms = new int[length];
                        var weights = new double[length];
                        for (var i = 0; i < length; i++)
                        {
                            terms[i] = reader.ReadInt32();
                            weights[i] = reader.ReadDouble();
                        }

                        var kind = AlternativeKinds.Read(reader.ReadByte());
                        alternatives[a] = AlternativeKinds.Create(kind, terms, weights, reader.ReadBoolean() ? strings.Intern(reader.ReadString()) : null);
                    }

                    return new WordsClause { Fields = fields, QueryText = queryText, Alternatives = alternatives };
                }

            case PrefixTag:
                return new PrefixClause { Fields = reader.ReadByte(), QueryText = strings.Intern(reader.ReadString()), Prefix = strings.Intern(reader.ReadString()), Key = reader.ReadInt32() };
            case AndTag:
                return new AndClause(ReadChildren(reader, strings));
            case OrTag:
                return new OrClause(ReadChildren(reader, strings));
            case NotTag:
                return new NotClause(Read(reader, strings));
            case NearTag:
                {
                    var distance = reader.ReadInt32();
                    // A damaged snapshot can put any clause here: that is invalid data, not a cast failure.
                    var left = Read(reader, strings) as PositionalClause ?? throw new InvalidDataException("NEAR needs words on its left");
                    return new NearClause(left, Read(reader, strings) as PositionalClause ?? throw new InvalidDataException("NEAR needs words on its right"), distance);
                }

            case FilterTag:
                return new FilterClause
                {
                    Kind = (FilterKind)reader.ReadByte(),
                    Value = strings.Intern(reader.ReadString()),
                    Key = reader.ReadInt32(),
                    Comparison = (Comparison)reader.ReadByte(),
                    Number = reader.ReadInt32(),
                    QueryText = strings.Intern(reader.ReadString()),
                };
            default:
                throw new InvalidDataException($"unknown clause tag {tag} in snapshot");
        }
    }

    private static void WriteChildren(BinaryWriter writer, byte tag, Clause[] children)
    {
        writer.Write(tag);
        writer.Write(children.Length);
        foreach (var child in children)
        {
            Write(writer, child);
        }
    }

    private static Clause[] ReadChildren(BinaryReader reader, StringPool strings)
    {
        var children = new Clause[SnapshotLengths.Read(reader, "child count")];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Read(reader, strings);
        }

        return children;
    }
}

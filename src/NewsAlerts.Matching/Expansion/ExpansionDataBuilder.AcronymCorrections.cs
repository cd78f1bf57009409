namespace NewsAlerts.Matching.Expansion;

/// <content>Corrections of known errors in WordNet 3.1's acronyms (acronyms.tsv).</content>
public static partial class ExpansionDataBuilder
{
    /// <summary>
    /// Known WordNet 3.1 errors in noun.group synsets, as (synset's acronym in WordNet, word as WordNet writes it
    /// with '_' for spaces, replacement or null to drop the word). Applied before the acronyms are filtered.
    /// </summary>
    private static readonly (string Synset, string Wrong, string? Right)[] AcronymCorrections =
    [
        // The Kurdistan Workers' Party (Partiya Karkeran Kurdistan) is the PKK; WordNet has PPK, and "Pary".
        ("PPK", "PPK", "PKK"),
        ("PPK", "Kurdistan_Labor_Pary", "Kurdistan_Labor_Party"),

        // Names the Abu Nidal Organization once used, which in the news name others: Black September the 1970
        // conflict in Jordan and the Munich attackers; the People's Liberation Army China's army.
        ("ANO", "Black_September", null),
        ("INLA", "People's_Liberation_Army", null),

        // Spelling mistakes in names.
        ("GSPC", "Salafast_Group_for_Call_and_Combat", "Salafist_Group_for_Call_and_Combat"),
        ("MRTA", "Movimiento_Revolucionario_Tupac_Anaru", "Movimiento_Revolucionario_Tupac_Amaru"),
        ("FARC", "Fuerzas_Armadas_Revolucionarios_de_Colombia", "Fuerzas_Armadas_Revolucionarias_de_Colombia"),
    ];

    // The words of a noun.group synset with the corrections of its synset applied.
    private static IEnumerable<string> Correct(IEnumerable<string> words)
    {
        var list = words.ToList();
        var corrections = AcronymCorrections.Where(c => list.Contains(c.Synset, StringComparer.Ordinal)).ToList();
        foreach (var word in list)
        {
            var index = corrections.FindIndex(c => c.Wrong == word);
            if (index < 0)
            {
                yield return word;
            }
            else if (corrections[index].Right is { } right)
            {
                yield return right;
            }
        }
    }
}

using System.Collections.Frozen;
using Triangulate.Resources;

namespace Triangulate.Entities.Recognition;

/// <summary>Gazetteer categories a token sequence can belong to (a bit each).</summary>
[Flags]
public enum GazetteerCategory
{
    None = 0,
    Country = 1 << 0,
    Capital = 1 << 1,
    Demonym = 1 << 2,
    Org = 1 << 3,
    Person = 1 << 4,
    City = 1 << 5,
    Region = 1 << 6,
    FirstName = 1 << 7,
    Title = 1 << 8,
    Group = 1 << 9,
    Company = 1 << 10,
    Team = 1 << 11,
}

/// <summary>
/// Name lists from the Entities resources, matched over token sequences (case-insensitively, first token
/// capitalized). They feed the tagger as features and refine CoNLL's LOC into GPE/LOC and MISC into NORP/MISC.
/// </summary>
public sealed class NerGazetteer
{
    public const int CategoryCount = 12;
    private const string Folder = "Entities/Resources/";

    private readonly FrozenDictionary<ulong, GazetteerCategory> _entries;

    public int MaxLength { get; }

    public NerGazetteer(IEnumerable<(string Name, GazetteerCategory Category)> entries)
    {
        var map = new Dictionary<ulong, GazetteerCategory>();
        var max = 1;
        foreach (var (name, category) in entries)
        {
            var tokens = Split(name);
            if (tokens.Count == 0) continue;
            var key = Key(tokens);
            map[key] = map.GetValueOrDefault(key) | category;
            max = Math.Max(max, tokens.Count);
        }
        _entries = map.ToFrozenDictionary();
        MaxLength = max;
    }

    public static NerGazetteer Default => LazyDefault.Value;

    private static readonly Lazy<NerGazetteer> LazyDefault = new(Load);

    private static NerGazetteer Load()
    {
        var entries = new List<(string, GazetteerCategory)>();
        foreach (var row in Lexicon.Rows(Folder + "countries.tsv"))
        {
            entries.Add((row[0], GazetteerCategory.Country));
            entries.AddRange(Column(row, 1).Select(a => (a, GazetteerCategory.Country)));
            entries.AddRange(Column(row, 2).Select(d => (d, GazetteerCategory.Demonym)));
            entries.AddRange(Column(row, 3).Select(c => (c, GazetteerCategory.Capital)));
        }
        foreach (var row in Lexicon.Rows(Folder + "organizations.tsv"))
        {
            entries.Add((row[0], GazetteerCategory.Org));
            // lower-case descriptions ("spy agency") are resolution aliases, not names
            entries.AddRange(Column(row, 1).Where(a => char.IsUpper(a[0])).Select(a => (a, GazetteerCategory.Org)));
        }
        foreach (var row in Lexicon.Rows(Folder + "people.tsv"))
        {
            entries.Add((row[0], GazetteerCategory.Person));
            entries.AddRange(Column(row, 1).Select(a => (a, GazetteerCategory.Person)));
        }
        foreach (var row in Lexicon.Rows(Folder + "places.tsv"))
            entries.Add((row[0], row[1] == "region" ? GazetteerCategory.Region : GazetteerCategory.City));
        entries.AddRange(Lexicon.Lines(Folder + "first-names.txt").Select(n => (n, GazetteerCategory.FirstName)));
        entries.AddRange(Lexicon.Lines(Folder + "groups.txt").Select(n => (n, GazetteerCategory.Group)));
        entries.AddRange(Lexicon.Lines(Folder + "companies.txt").Select(n => (n, GazetteerCategory.Company)));
        entries.AddRange(Lexicon.Lines(Folder + "teams.txt").Select(n => (n, GazetteerCategory.Team)));
        entries.AddRange(Lexicon.Rows(Folder + "honorifics.tsv").Select(r => (r[0], GazetteerCategory.Title)));
        entries.AddRange(Lexicon.Rows(Folder + "titles.tsv").Select(r => (r[0], GazetteerCategory.Title)));
        return new NerGazetteer(entries);
    }

    private static IEnumerable<string> Column(string[] row, int index) =>
        row.Length > index ? row[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    /// <summary>Splits a name as the tokenizer would at spaces and possessives ("Korea's" → "Korea", "'s").</summary>
    private static List<string> Split(string name)
    {
        var tokens = new List<string>();
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 2 && (part.EndsWith("'s", StringComparison.Ordinal) || part.EndsWith("’s", StringComparison.Ordinal)))
            {
                tokens.Add(part[..^2]);
                tokens.Add(part[^2..]);
            }
            else tokens.Add(part);
        }
        return tokens;
    }

    private static ulong Key(IEnumerable<string> tokens)
    {
        var h = NerHash.Start;
        foreach (var t in tokens) h = NerHash.Add(h, NerHash.Lower(t));
        return h;
    }

    /// <summary>Categories of the exact sequence of lowered-token hashes in <paramref name="lowers"/>.</summary>
    public GazetteerCategory Lookup(ReadOnlySpan<ulong> lowers)
    {
        var h = NerHash.Start;
        foreach (var l in lowers) h = NerHash.Add(h, l);
        return _entries.GetValueOrDefault(h);
    }

    /// <summary>Categories of a name as written (for typing a recognized mention).</summary>
    public GazetteerCategory Lookup(string name) => _entries.GetValueOrDefault(Key(Split(name)));

    /// <summary>
    /// For each token, a bit per (category, position in the match: B, I, L, U) over every match that starts
    /// with a capitalized token.
    /// </summary>
    public void Mark(ReadOnlySpan<ulong> lowers, IReadOnlyList<string> words, Span<ulong> bits)
    {
        for (var start = 0; start < lowers.Length; start++)
        {
            var w = words[start];
            if (w.Length == 0 || !(char.IsUpper(w[0]) || char.IsDigit(w[0]))) continue;
            var h = NerHash.Start;
            for (var len = 1; len <= MaxLength && start + len <= lowers.Length; len++)
            {
                h = NerHash.Add(h, lowers[start + len - 1]);
                if (!_entries.TryGetValue(h, out var cats)) continue;
                for (var c = 0; c < CategoryCount; c++)
                {
                    if (((int)cats & (1 << c)) == 0) continue;
                    if (len == 1) { bits[start] |= Bit(c, 3); continue; }
                    bits[start] |= Bit(c, 0);
                    for (var k = start + 1; k < start + len - 1; k++) bits[k] |= Bit(c, 1);
                    bits[start + len - 1] |= Bit(c, 2);
                }
            }
        }
    }

    private static ulong Bit(int category, int position) => 1UL << (category * 4 + position);
}

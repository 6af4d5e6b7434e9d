using System.Collections.Frozen;
using System.Text;
using Triangulate.Resources;

namespace Triangulate.Entities.Resolution;

/// <summary>How a surface form names a gazetteer entry.</summary>
public enum GazetteerForm { Name, Alias, Demonym, Capital }

/// <summary>
/// What one surface form of a known entity names: the entity's id and canonical name, and <see cref="Country"/>, the
/// id of the country the entry belongs to (a capital's, a demonym's, an agency's country), or null.
/// </summary>
public sealed record GazetteerEntry(string Id, string Name, EntityType Type, GazetteerForm Form, string? Country);

/// <summary>
/// Known countries, capitals, demonyms, organizations and people, with the titles and honorifics that surround
/// names; all read from <c>Entities/Resources</c>. A gazetteer alias is strong evidence that two names are one entity.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, GazetteerEntry> _forms;
    private readonly FrozenDictionary<string, string> _names;
    private readonly FrozenDictionary<string, GazetteerEntry> _caseless;
    private readonly List<(string Surface, GazetteerEntry Entry)> _formList;
    private readonly FrozenSet<string> _firstWords;
    private readonly FrozenSet<string> _countries;

    public Gazetteer(IEnumerable<(string Surface, GazetteerEntry Entry)> forms, IReadOnlyDictionary<string, string> honorifics, IEnumerable<(string Title, string Role)> titles,
        IEnumerable<string> metonymyVerbs, IEnumerable<string> locatives, IEnumerable<string> familyNames)
    {
        _formList = [.. forms];
        _countries = _formList.Where(f => f.Entry is { Type: EntityType.Gpe, Form: GazetteerForm.Name, Country: null }).Select(f => f.Entry.Id).ToFrozenSet(StringComparer.Ordinal);
        _firstWords = _formList.Select(f => FirstWord(Normalize(f.Surface))).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var map = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        // The first form listed wins, so a country's own name beats a city or agency alias spelled the same way.
        foreach (var (surface, entry) in _formList) map.TryAdd(Normalize(surface), entry);
        _forms = map.ToFrozenDictionary(StringComparer.Ordinal);
        _caseless = map.GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
        _names = map.Values.Where(e => e.Form != GazetteerForm.Demonym).DistinctBy(e => e.Id).ToFrozenDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        Honorifics = honorifics.ToFrozenDictionary(StringComparer.Ordinal);
        Titles = titles.GroupBy(t => t.Title).ToFrozenDictionary(g => g.Key, g => g.First().Role, StringComparer.Ordinal);
        MaxTitleWords = Titles.Keys.Max(t => t.Split(' ').Length);
        MetonymyVerbs = metonymyVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Locatives = locatives.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FamilyNames = familyNames.ToFrozenSet(StringComparer.Ordinal);
        MaxFormWords = _forms.Keys.Max(k => k.Split(' ').Length);
    }

    public static Gazetteer Default { get; } = Load();

    /// <summary>Honorific ("Mr.") → gender ("m", "f", or "-").</summary>
    public FrozenDictionary<string, string> Honorifics { get; }

    /// <summary>Title as written ("Defense Minister", "spokesperson") → role.</summary>
    public FrozenDictionary<string, string> Titles { get; }

    public int MaxTitleWords { get; }

    public int MaxFormWords { get; }

    public FrozenSet<string> MetonymyVerbs { get; }

    public FrozenSet<string> Locatives { get; }

    /// <summary>Family names written first ("Kim", "Hong"): with a hyphenated given name they make a person's name.</summary>
    public FrozenSet<string> FamilyNames { get; }

    /// <summary>Whether some form starts with this word: most capitalized words start none, and need no lookup.</summary>
    public bool MayStartWith(string word) => _firstWords.Contains(FirstWord(word.Replace('’', '\'')));

    /// <summary>Up to the first space or apostrophe, so that "Workers' Party" is found however its clitic is split.</summary>
    private static string FirstWord(string text) => text.Split(' ', '\'')[0];

    /// <summary>The entry a surface form names, ignoring a leading "the" and curly apostrophes.</summary>
    public GazetteerEntry? Lookup(string surface)
    {
        var key = Normalize(surface);
        if (_forms.TryGetValue(key, out var entry)) return entry;
        // A dateline or headline in capitals ("SEOUL —") names the same place; short capitals stay acronyms.
        if (key.Length > 4 && !key.Any(char.IsLower) && _caseless.TryGetValue(key, out entry)) return entry;
        return key.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && _forms.TryGetValue(key[4..], out entry) ? entry : null;
    }

    /// <summary>
    /// This gazetteer with a newsroom's own entries in front: read from a TSV file of <c>name, type, aliases</c> rows
    /// (type person, org, gpe, loc, norp or misc; aliases separated by |). A name the shipped gazetteer knows keeps its
    /// id, so its aliases add to it; an alias the shipped gazetteer gives to another entity now names this one.
    /// </summary>
    /// <exception cref="InvalidDataException">A row is malformed; the message names the file and line.</exception>
    public Gazetteer Extend(string path)
    {
        var forms = new List<(string, GazetteerEntry)>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var row = line.Split('\t', StringSplitOptions.TrimEntries);
            if (row.Length < 2 || row[0].Length == 0)
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'name<TAB>type<TAB>aliases', got '{line}'");
            if (!Enum.TryParse<EntityType>(row[1], ignoreCase: true, out var type) || int.TryParse(row[1], out _))
                throw new InvalidDataException($"{path}:{lineNumber}: unknown type '{row[1]}' (person, org, gpe, loc, norp or misc)");
            var id = IdOf(type, row[0]);
            forms.Add((row[0], new GazetteerEntry(id, row[0], type, GazetteerForm.Name, null)));
            forms.AddRange(Split(row, 2).Select(a => (a, new GazetteerEntry(id, row[0], type, GazetteerForm.Alias, null))));
        }
        return new Gazetteer(forms.Concat(_formList), Honorifics, Titles.Select(t => (t.Key, t.Value)), MetonymyVerbs, Locatives, FamilyNames);
    }

    /// <summary>Whether the id is a country's (a capital or city is not).</summary>
    public bool IsCountry(string id) => _countries.Contains(id);

    /// <summary>The canonical name of a gazetteer id ("gpe/north-korea" → "North Korea").</summary>
    public string? NameOf(string id) => _names.GetValueOrDefault(id);

    /// <summary>A stable, readable entity id: the type and the name in lower-case words ("org/national-intelligence-service").</summary>
    public static string IdOf(EntityType type, string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in Normalize(name).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return type.ToString().ToLowerInvariant() + "/" + slug.ToString().Trim('-');
    }

    public static string Normalize(string surface) =>
        string.Join(' ', surface.Replace('’', '\'').Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static Gazetteer Load()
    {
        var forms = new List<(string, GazetteerEntry)>();
        foreach (var row in Lexicon.Rows("Entities/Resources/countries.tsv"))
        {
            var id = IdOf(EntityType.Gpe, row[0]);
            forms.Add((row[0], new(id, row[0], EntityType.Gpe, GazetteerForm.Name, null)));
            forms.AddRange(Split(row, 1).Select(a => (a, new GazetteerEntry(id, row[0], EntityType.Gpe, GazetteerForm.Alias, null))));
            forms.AddRange(Split(row, 2).Select(d => (d, new GazetteerEntry(id, row[0], EntityType.Norp, GazetteerForm.Demonym, id))));
            forms.AddRange(Split(row, 3).Select(c => (c, new GazetteerEntry(IdOf(EntityType.Gpe, c), c, EntityType.Gpe, GazetteerForm.Capital, id))));
        }
        foreach (var row in Lexicon.Rows("Entities/Resources/organizations.tsv"))
        {
            var id = IdOf(EntityType.Org, row[0]);
            var country = Split(row, 2).Select(c => IdOf(EntityType.Gpe, c)).FirstOrDefault();
            forms.Add((row[0], new(id, row[0], EntityType.Org, GazetteerForm.Name, country)));
            forms.AddRange(Split(row, 1).Select(a => (a, new GazetteerEntry(id, row[0], EntityType.Org, GazetteerForm.Alias, country))));
        }
        foreach (var row in Lexicon.Rows("Entities/Resources/people.tsv"))
        {
            var id = IdOf(EntityType.Person, row[0]);
            forms.Add((row[0], new(id, row[0], EntityType.Person, GazetteerForm.Name, null)));
            forms.AddRange(Split(row, 1).Select(a => (a, new GazetteerEntry(id, row[0], EntityType.Person, GazetteerForm.Alias, null))));
        }
        var metonymy = Lexicon.Rows("Entities/Resources/metonymy.tsv");
        return new Gazetteer(
            forms,
            Lexicon.Rows("Entities/Resources/honorifics.tsv").ToDictionary(r => r[0], r => r.Length > 1 ? r[1] : "-"),
            Lexicon.Rows("Entities/Resources/titles.tsv").Select(r => (r[0], r.Length > 1 ? r[1] : r[0].ToLowerInvariant())),
            metonymy.Where(r => r[0] == "verb").Select(r => r[1]),
            metonymy.Where(r => r[0] == "locative").Select(r => r[1]),
            Lexicon.Lines("Entities/Resources/family-names.txt"));
    }

    private static IEnumerable<string> Split(string[] row, int column) =>
        row.Length > column ? row[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}

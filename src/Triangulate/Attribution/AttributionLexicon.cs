using System.Collections.Frozen;
using Triangulate.Resources;
using Triangulate.Segmentation;

namespace Triangulate.Attribution;

/// <summary>How a reporting verb takes its content (see Resources/cue-verbs.tsv).</summary>
public enum CueFrame { Clause, That, Quote, As, Object, To, Raising }

/// <summary>One reporting verb form: "said" is the past of "say", class say, clause frame.</summary>
public sealed record CueVerb(string Lemma, string Class, CueFrame Frame);

/// <summary>A noun that reports its possessor's statement ("his criticism of"): the complement is "that", "to" or the preposition of the cue.</summary>
public sealed record NounCue(string Lemma, string Class, string Complement);

/// <summary>A multi-word cue such as "according to".</summary>
public sealed record CuePhrase(string[] Words, string Lemma, string Class, bool IsPreposition);

/// <summary>
/// The attribution stage's word lists, all read from Attribution/Resources so that they can be reviewed and
/// extended as data. Lookups ignore case.
/// </summary>
public sealed class AttributionLexicon
{
    private const string Root = "Attribution/Resources/";

    public required FrozenDictionary<string, CueVerb> Verbs { get; init; }
    /// <summary>Multi-word cues keyed by their first word, longest first.</summary>
    public required FrozenDictionary<string, CuePhrase[]> Phrases { get; init; }
    public required FrozenDictionary<string, NounCue> Nouns { get; init; }
    /// <summary>Roles of a reporting verb's lemma: "object" (takes an addressee object), "addressee" (takes "to X" as audience).</summary>
    public required FrozenDictionary<string, FrozenSet<string>> LemmaRoles { get; init; }
    /// <summary>Phrases after a verb that belong to the cue ("in a statement"), as lower-case token arrays.</summary>
    public required string[][] CueExtensions { get; init; }
    /// <summary>Survey nouns that make "In a ... poll, X" an attribution to the poll.</summary>
    public required FrozenSet<string> PollWords { get; init; }
    public required FrozenDictionary<string, FrozenSet<string>> Roles { get; init; }
    public required FrozenDictionary<string, SourceKind> SourceWords { get; init; }
    public required FrozenDictionary<string, (string[] Words, string Kind)[]> Channels { get; init; }
    public required FrozenSet<string> TimeWords { get; init; }
    public required FrozenDictionary<string, string[][]> AgentPhrases { get; init; }
    /// <summary>Word pairs where a cue word is a noun or part of a name ("think tank", "news reports").</summary>
    public required FrozenSet<(string, string)> NotCues { get; init; }

    /// <summary>What a speaker issues ("issued a statement saying ..."): its issuer, not the document, is the source.</summary>
    public required FrozenSet<string> IssuedDocuments { get; init; }

    /// <summary>Words before a colon that label a passage rather than name its source ("UPDATE:", "Q:").</summary>
    public required FrozenSet<string> ColonLabels { get; init; }

    public static AttributionLexicon Default { get; } = Load();

    public static AttributionLexicon Load()
    {
        var ci = StringComparer.OrdinalIgnoreCase;
        var verbs = new Dictionary<string, CueVerb>(ci);
        foreach (var row in Lexicon.Rows(Root + "cue-verbs.tsv"))
        {
            var verb = new CueVerb(row[0], row[1], Enum.Parse<CueFrame>(row[3], ignoreCase: true));
            foreach (var form in row[2].Split(',', StringSplitOptions.TrimEntries)) verbs[form] = verb;
        }
        var nouns = new Dictionary<string, NounCue>(ci);
        foreach (var row in Lexicon.Rows(Root + "noun-cues.tsv"))
            foreach (var form in row[0].Split(',', StringSplitOptions.TrimEntries)) nouns[form] = new NounCue(row[1], row[2], row[3]);
        var phrases = Lexicon.Rows(Root + "cue-phrases.tsv")
            .Select(r => new CuePhrase(r[0].Split(' '), r[1], r[2], r[3] == "prep"))
            .GroupBy(p => p.Words[0], ci)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), ci);
        var roles = Lexicon.Rows(Root + "function-words.tsv")
            .GroupBy(r => r[0], ci)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r[1]).ToFrozenSet(), ci);
        var sourceWords = new Dictionary<string, SourceKind>(ci);
        foreach (var row in Lexicon.Rows(Root + "source-words.tsv"))
            sourceWords[row[0]] = Enum.Parse<SourceKind>(row[1], ignoreCase: true);
        var channels = Lexicon.Rows(Root + "channels.tsv")
            .Select(r => (Words: r[0].Split(' '), Kind: r[1]))
            .GroupBy(c => c.Words[0], ci)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.Words.Length).ToArray(), ci);
        var agents = Lexicon.Lines(Root + "agent-prepositions.txt")
            .Select(l => l.Split(' '))
            .GroupBy(w => w[0], ci)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), ci);
        return new AttributionLexicon
        {
            Verbs = verbs.ToFrozenDictionary(ci),
            Phrases = phrases,
            Nouns = nouns.ToFrozenDictionary(ci),
            LemmaRoles = Lexicon.Rows(Root + "cue-lemmas.tsv").GroupBy(r => r[0], ci).ToFrozenDictionary(g => g.Key, g => g.Select(r => r[1]).ToFrozenSet(), ci),
            PollWords = Lexicon.Set(Root + "poll-words.txt", ci),
            CueExtensions = [.. Lexicon.Lines(Root + "cue-extensions.txt").Select(l => l.Split(' '))],
            Roles = roles,
            SourceWords = sourceWords.ToFrozenDictionary(ci),
            Channels = channels,
            TimeWords = Lexicon.Set(Root + "time-words.txt", ci),
            ColonLabels = Lexicon.Set(Root + "colon-labels.txt", ci),
            IssuedDocuments = Lexicon.Set(Root + "issued-documents.txt", ci),
            AgentPhrases = agents,
            NotCues = Lexicon.Rows(Root + "not-cues.tsv").Select(r => (r[0].ToLowerInvariant(), r[1].ToLowerInvariant())).ToFrozenSet(),
        };
    }

    /// <summary>
    /// What kind of source the phrase of tokens first..last names, by its head noun (the last word before a
    /// preposition: "Analysts at the Institute", "Joel Pollak of Breitbart"): a capitalised head is a name.
    /// </summary>
    public SourceKind SourceKindOf(ReadOnlySpan<Token> tokens, int first, int last)
    {
        if (first == last && WordKind(tokens[first].Text) is { } single) return single;
        var head = last;
        for (var i = first + 1; i <= last; i++)
            if (Is(tokens[i].Text, "prep") || Is(tokens[i].Text, "join") && !string.Equals(tokens[i].Text, "and", StringComparison.OrdinalIgnoreCase)) { head = i - 1; break; }
        while (head > first && tokens[head].Kind is not (TokenKind.Word or TokenKind.Number)) head--;
        if (tokens[head].Kind == TokenKind.Word && char.IsUpper(tokens[head].Text[0])) return SourceKind.Name;
        if (WordKind(tokens[head].Text) == SourceKind.Generic) return SourceKind.Generic;
        if (WordKind(tokens[first].Text) == SourceKind.Pronoun) return SourceKind.Pronoun;
        return SourceKind.Nominal;
    }

    private SourceKind? WordKind(string word) => SourceWords.TryGetValue(word, out var kind) ? kind : null;

    public bool Is(string word, string role) => Roles.TryGetValue(word, out var set) && set.Contains(role);

    public bool LemmaIs(string lemma, string role) => LemmaRoles.TryGetValue(lemma, out var set) && set.Contains(role);
}

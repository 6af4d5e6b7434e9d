using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Documents;
using Triangulate.Resources;

namespace Triangulate.Claims;

/// <summary>How sure the holder is. Declared from strongest to weakest signal: when cues disagree, the first wins.</summary>
public enum Stance
{
    NeitherConfirmedNorDenied,
    Retracted,
    Denied,
    Unverified,
    Alleged,
    Hedged,
    Expected,
    Believed,
    Confirmed,
    Asserted,
}

/// <summary>Whether a figure counts what has happened (or is the case now) or what is planned.</summary>
public enum Orientation { Actual, Planned }

/// <summary>The stance a claim's wording gives it, and the words that gave it.</summary>
public sealed record StanceReading(Stance Stance, Span? Evidence);

/// <summary>
/// Reads stance and orientation from the words around a claim, with rules kept in Claims/Resources. A negated
/// confirmation reads as unverified ("has not yet been verified"), "neither confirmed nor denied" is its own
/// stance, and a "not only ... but also" is no negation at all.
/// </summary>
public sealed class StanceReader
{
    private readonly ImmutableArray<(Stance Stance, Regex Pattern)> _stanceRules;
    private readonly ImmutableArray<Regex> _plannedRules;

    public StanceReader(IEnumerable<(Stance, Regex)> stanceRules, IEnumerable<Regex> plannedRules)
    {
        _stanceRules = [.. stanceRules];
        _plannedRules = [.. plannedRules];
    }

    public static StanceReader Default { get; } = new(
        Lexicon.Rows("Claims/Resources/stance.tsv").Select(r => (ParseStance(r[0]), Compile(r[1]))),
        Lexicon.Rows("Claims/Resources/orientation.tsv").Where(r => r[0] == "planned").Select(r => Compile(r[1])));

    /// <summary>
    /// The stance of a claim in <paramref name="text"/> within <paramref name="scope"/> (its sentence or clause).
    /// <paramref name="cueStance"/> is what the attribution cue alone says (e.g. "denied" → Denied, "said" → Asserted);
    /// the words in scope can only make it stronger in the order of <see cref="Stance"/>.
    /// </summary>
    public StanceReading Read(string text, Span scope, Stance cueStance = Stance.Asserted)
    {
        var best = new StanceReading(cueStance, null);
        var window = text.Substring(scope.Start, scope.Length);
        foreach (var (stance, pattern) in _stanceRules)
        {
            if (stance >= best.Stance) continue;
            var match = pattern.Match(window);
            if (match.Success) best = new StanceReading(stance, new Span(scope.Start + match.Index, match.Length));
        }
        return best;
    }

    /// <summary>Planned when the words from the clause start to the figure's end speak of intent or a deadline.</summary>
    public Orientation OrientationOf(string text, Span clause) =>
        _plannedRules.Any(r => r.IsMatch(text.AsSpan(clause.Start, clause.Length))) ? Orientation.Planned : Orientation.Actual;

    public static Stance ParseStance(string name) => Enum.Parse<Stance>(name.Replace("-", ""), ignoreCase: true);

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}

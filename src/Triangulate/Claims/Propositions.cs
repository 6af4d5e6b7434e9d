using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Resources;

namespace Triangulate.Claims;

/// <summary>What a figure measures: a canonical head ("troops") with the nationality or group that owns it.</summary>
public sealed record MeasureSubject(string Key, string Label);

/// <summary>An event proposition: the event and its participants, e.g. "deploy troops" with North Korea and Russia.</summary>
public sealed record EventProposition(string Key, string Label);

/// <summary>
/// Names what claims are about, so that claims about the same thing meet across sentences and documents.
/// The vocabularies are data (Claims/Resources/measures.tsv, events.tsv).
/// </summary>
public sealed class Propositions
{
    private readonly ImmutableArray<(string Head, Regex Pattern)> _heads;
    private readonly ImmutableArray<(string Event, Regex Trigger, Regex? Object)> _events;

    public Propositions(IEnumerable<(string, Regex)> heads, IEnumerable<(string, Regex, Regex?)> events)
    {
        _heads = [.. heads];
        _events = [.. events];
    }

    /// <summary>The measure of a figure whose counted thing is unknown: never grouped, compared or corroborated.</summary>
    public const string Unspecified = "(unspecified)";

    public static Propositions Default { get; } = new(
        Lexicon.Rows("Claims/Resources/measures.tsv").Select(r => (r[0], Compile(r[1]))),
        Lexicon.Rows("Claims/Resources/events.tsv").Select(r => (r[0], Compile(r[1]), r.Length > 2 && r[2].Length > 0 ? Compile(r[2]) : null)));

    /// <summary>
    /// The measure a figure belongs to. <paramref name="countedThing"/> is what the figure counts ("North Korean
    /// soldiers sent to Russia"); <paramref name="owner"/> the nationality or group that owns it when known
    /// ("North Korea"); <paramref name="unit"/> a normalized unit such as "usd" and <paramref name="rate"/> e.g. "per month".
    /// </summary>
    public MeasureSubject Measure(string? countedThing, string? owner, string? unit, string? rate)
    {
        var thing = countedThing?.Trim() ?? "";
        var head = _heads.FirstOrDefault(h => h.Pattern.IsMatch(thing)).Head ?? LastWord(thing);
        // A unit alone says how a figure counts, not what it counts: "10%" and "47%" of one story are seldom the same
        // thing. A rate does name a measure of its own ("$2,000 per month" is a pay).
        if (head.Length == 0 && rate is not { Length: > 0 }) return new MeasureSubject(Unspecified, Unspecified);
        var parts = new List<string>();
        if (owner is { Length: > 0 }) parts.Add(owner);
        if (head.Length > 0) parts.Add(head);
        if (unit is { Length: > 0 }) parts.Add(unit);
        if (rate is { Length: > 0 }) parts.Add(rate);
        var label = parts.Count == 0 ? Unspecified : string.Join(" ", parts);
        return new MeasureSubject(label.ToLowerInvariant(), label);
    }

    /// <summary>The event stated in <paramref name="content"/>, with the participants named in it, or null.</summary>
    public EventProposition? Event(string content, IEnumerable<string> participants)
    {
        foreach (var (name, trigger, obj) in _events)
        {
            if (!trigger.IsMatch(content) || obj is not null && !obj.IsMatch(content)) continue;
            var who = participants.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            if (who.Count == 0) return null;
            var label = $"{name}: {string.Join(", ", who)}";
            return new EventProposition(label.ToLowerInvariant(), label);
        }
        return null;
    }

    private static string LastWord(string thing)
    {
        var words = thing.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1].ToLowerInvariant();
    }

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}

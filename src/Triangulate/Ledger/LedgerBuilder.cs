using System.Collections.Immutable;
using Triangulate.Claims;

namespace Triangulate.Ledger;

/// <summary>
/// Aggregates claims across documents: measures, conflicts, revisions, corroboration and a timeline.
/// Independence is judged by origin: a holder who cites or restates another has that one's origin, and one
/// holder repeated by many outlets is one origin. Unknown holders never count as independent evidence.
/// Claims meet only within their story (<see cref="StoryGrouping"/>): "10%" in one story says nothing about "47%" in another.
/// </summary>
public sealed class LedgerBuilder
{
    /// <summary>
    /// Figures stated further apart than a week refer to different moments of a developing story ("1,500 ... then
    /// 3,000 ... then about 10,000"): that is how an estimate moves, not two sources contradicting each other.
    /// </summary>
    public const int ConflictWindowDays = 7;

    /// <summary>Subject keys of claims that take a stance on something no event rule names.</summary>
    public const string StatementKeyPrefix = "statement:";

    /// <param name="stories">The stories of the claims' documents; none means that all the claims tell one story.</param>
    public ClaimLedger Build(IReadOnlyList<Claim> claims, IReadOnlyList<CitationEdge> citations, ImmutableArray<Story> stories = default)
    {
        if (stories.IsDefaultOrEmpty) stories = [new Story("story-1", "", [.. claims.Select(c => c.DocumentId).Distinct()])];
        var storyOf = StoryGrouping.ByDocument(stories);
        string StoryOf(Claim c) => storyOf[c.DocumentId];
        var origins = new OriginFinder(claims, citations);
        var measures = Measures(claims, StoryOf);
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        var revisions = ImmutableArray.CreateBuilder<Revision>();
        foreach (var measure in measures)
            CompareFigures(measure, origins, conflicts, revisions);
        CompareEvents(claims, StoryOf, origins, conflicts);
        return new ClaimLedger(
            stories,
            [.. claims],
            measures,
            conflicts.ToImmutable(),
            revisions.ToImmutable(),
            Corroborations(claims, StoryOf, origins),
            [.. citations],
            Timeline(claims));
    }

    private static ImmutableArray<Measure> Measures(IReadOnlyList<Claim> claims, Func<Claim, string> storyOf) =>
        [.. claims.Where(c => c.Kind == ClaimKind.Quantity && c.Value is not null && c.SubjectKey != Propositions.Unspecified)
            .GroupBy(c => (Story: storyOf(c), c.SubjectKey, c.Orientation))
            .Select(g => new Measure(
                g.Key.Story,
                g.Key.SubjectKey,
                g.GroupBy(c => c.Subject).OrderByDescending(s => s.Count()).First().Key,
                g.Key.Orientation,
                [.. g.OrderBy(c => c.StatedOn ?? DateOnly.MaxValue).ThenBy(c => c.DocumentSource, StringComparer.Ordinal).ThenBy(c => c.Evidence.Start)]))
            .OrderByDescending(m => m.Claims.Select(c => c.Holder.Key).Distinct().Count())
            .ThenBy(m => m.Key, StringComparer.Ordinal)];

    private static void CompareFigures(Measure measure, OriginFinder origins, ImmutableArray<Conflict>.Builder conflicts, ImmutableArray<Revision>.Builder revisions)
    {
        var claims = measure.Claims;
        for (var i = 0; i < claims.Length; i++)
        for (var j = i + 1; j < claims.Length; j++)
        {
            Claim a = claims[i], b = claims[j];
            if (a.Value!.IsCompatibleWith(b.Value!)) continue;
            // A holder's own new figure is a revision however long after the first one it comes.
            if (a.Holder.Kind != HolderKind.Unknown && a.Holder.Key == b.Holder.Key)
            {
                if (a.StatedOn != b.StatedOn)
                    revisions.Add(new Revision(a.Holder.Key, a.Holder.DisplayName, measure.Key, a, b));
                continue;
            }
            if (!CloseInTime(a, b) || !origins.Independent(a, b)) continue;
            conflicts.Add(new Conflict(ConflictKind.IncompatibleFigures, measure.Story, measure.Key, measure.Label, a, b,
                $"{a.Holder.DisplayName} says {a.Value.Text}, {b.Holder.DisplayName} says {b.Value!.Text}: the figures cannot both hold"));
        }
    }

    private static void CompareEvents(IReadOnlyList<Claim> claims, Func<Claim, string> storyOf, OriginFinder origins, ImmutableArray<Conflict>.Builder conflicts)
    {
        foreach (var group in claims.Where(c => c.Kind == ClaimKind.Event).GroupBy(c => (Story: storyOf(c), c.SubjectKey)))
        {
            var denials = group.Where(c => c.Stance == Stance.Denied).ToList();
            // One conflict per denial and affirming holder: the earliest affirmation stands for that holder.
            var affirmations = group.Where(c => c.Affirms).GroupBy(c => c.Holder.Key).Select(h => h.First()).ToList();
            foreach (var denial in denials)
            foreach (var affirmation in affirmations)
            {
                if (!origins.Independent(denial, affirmation)) continue;
                conflicts.Add(new Conflict(ConflictKind.AssertionVersusDenial, group.Key.Story, group.Key.SubjectKey, denial.Subject, affirmation, denial,
                    $"{affirmation.Holder.DisplayName} affirms what {denial.Holder.DisplayName} denies"));
            }
        }
    }

    private static ImmutableArray<Corroboration> Corroborations(IReadOnlyList<Claim> claims, Func<Claim, string> storyOf, OriginFinder origins)
    {
        var result = ImmutableArray.CreateBuilder<Corroboration>();
        foreach (var group in claims.Where(c => c.Affirms && c.Holder.Kind != HolderKind.Unknown && c.SubjectKey != Propositions.Unspecified).GroupBy(c => (Story: storyOf(c), c.SubjectKey, c.Orientation)))
        {
            // For figures, corroboration needs compatible values: cluster around each claim, keep the largest.
            var members = group.ToList();
            // An event's claims all state the same thing: one cluster; figures cluster around each compatible anchor.
            var anchors = members[0].Kind == ClaimKind.Event ? members.Take(1) : members;
            var best = anchors
                .Select(anchor => members[0].Kind == ClaimKind.Event ? members : MutuallyCompatible(anchor, members))
                .Select(cluster => (cluster, keys: cluster.SelectMany(origins.Of).Distinct().Order(StringComparer.Ordinal).ToImmutableArray()))
                .OrderByDescending(x => x.keys.Length)
                .FirstOrDefault();
            // Two origins behind one claim (a holder citing two sources) is still one report.
            if (best.keys.Length < 2 || best.cluster.Select(c => c.Holder.Key).Distinct().Count() < 2) continue;
            result.Add(new Corroboration(group.Key.Story, group.Key.SubjectKey, best.cluster[0].Subject, best.keys, [.. best.cluster]));
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The figures that can all hold together with <paramref name="anchor"/>: "more than 1,500" agrees with "3,000"
    /// and with "at least 12,000", but those two do not agree with each other, so they never corroborate as one.
    /// </summary>
    private static List<Claim> MutuallyCompatible(Claim anchor, List<Claim> members)
    {
        var cluster = new List<Claim> { anchor };
        foreach (var c in members)
            if (c != anchor && cluster.All(k => k.Value!.IsCompatibleWith(c.Value!))) cluster.Add(c);
        return cluster;
    }

    private static ImmutableArray<TimelineEntry> Timeline(IReadOnlyList<Claim> claims)
    {
        var entries = new List<TimelineEntry>();
        // Statements of figures and of named events; a lone doubt about something no rule names stays in the claims list.
        foreach (var byDate in claims.Where(c => c.StatedOn is not null && (c.Kind == ClaimKind.Quantity || !c.SubjectKey.StartsWith(StatementKeyPrefix, StringComparison.Ordinal)))
                     .GroupBy(c => (c.StatedOn!.Value, c.Holder.Key)))
        {
            var first = byDate.First();
            entries.Add(new TimelineEntry(byDate.Key.Value.ToString("yyyy-MM-dd"), first.StatedOnPrecision ?? "day", TimelineKind.Statement,
                $"{first.Holder.DisplayName}: {string.Join("; ", byDate.Select(Describe).Distinct())}",
                [.. byDate.Select(c => c.Id)]));
        }
        foreach (var byDate in claims.Where(c => c.RefersTo is not null && c.Kind == ClaimKind.Event).GroupBy(c => c.RefersTo!))
        {
            entries.Add(new TimelineEntry(byDate.Key, PrecisionOf(byDate.Key), TimelineKind.Event,
                string.Join("; ", byDate.Select(c => c.Subject).Distinct()), [.. byDate.Select(c => c.Id)]));
        }
        return [.. entries.OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Kind)];
    }

    private static string Describe(Claim c) =>
        c.Value is { } v ? $"{v.Text} {c.Subject} ({StanceName(c.Stance)})" : $"{c.Subject} ({StanceName(c.Stance)})";

    public static string StanceName(Stance stance) => stance switch
    {
        Stance.NeitherConfirmedNorDenied => "neither confirmed nor denied",
        _ => stance.ToString().ToLowerInvariant(),
    };

    /// <summary>Precision of a TIMEX3-style value: 2024-10-27 is a day, 2024-10 a month, 2024-W43 a week.</summary>
    public static string PrecisionOf(string value) => value.Length switch
    {
        >= 10 => "day",
        8 when value.Contains('W') => "week",
        7 => "month",
        4 => "year",
        3 => "decade",
        _ => "unknown",
    };

    private static bool CloseInTime(Claim a, Claim b) =>
        a.StatedOn is not { } x || b.StatedOn is not { } y || Math.Abs(x.DayNumber - y.DayNumber) <= ConflictWindowDays;

    /// <summary>Follows citation edges from holders to the sources they rest on.</summary>
    private sealed class OriginFinder
    {
        private readonly ILookup<string, string> _cites;

        public OriginFinder(IReadOnlyList<Claim> claims, IReadOnlyList<CitationEdge> citations) =>
            _cites = citations.Select(e => (e.From.Key, e.To.Key))
                .Concat(claims.SelectMany(c => c.Cites.Select(t => (c.Holder.Key, t.Key))))
                .Where(e => e.Item1 != e.Item2)
                .Distinct()
                .ToLookup(e => e.Item1, e => e.Item2);

        private readonly Dictionary<string, string[]> _origins = new(StringComparer.Ordinal);

        /// <summary>The holders at the root of a claim's citations (the claim's own holder when it cites nobody).</summary>
        public IReadOnlyList<string> Of(Claim claim)
        {
            if (!_origins.TryGetValue(claim.Id, out var origins)) _origins[claim.Id] = origins = Find(claim);
            return origins;
        }

        private string[] Find(Claim claim)
        {
            var roots = new HashSet<string>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>(claim.Cites.IsEmpty ? [claim.Holder.Key] : claim.Cites.Select(h => h.Key));
            while (pending.TryPop(out var key))
            {
                if (!seen.Add(key)) continue;
                var cited = _cites[key].ToList();
                if (cited.Count == 0) roots.Add(key);
                foreach (var next in cited) pending.Push(next);
            }
            return roots.Count > 0 ? [.. roots] : [claim.Holder.Key];
        }

        public bool Independent(Claim a, Claim b) =>
            a.Holder.Kind != HolderKind.Unknown && b.Holder.Kind != HolderKind.Unknown && !Of(a).Intersect(Of(b)).Any();
    }
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Documents;
using Triangulate.Segmentation;
using Triangulate.Resources;

namespace Triangulate.Claims;

/// <summary>
/// Turns one document's statements, figures, participants and times into claims: each figure and each stated
/// event gets a holder (the speaker, a holder named with the figure, or the outlet's own voice), a stance and an
/// orientation read from its own clause, a subject that lets it meet other claims about the same thing, and the
/// date it was stated.
/// </summary>
public sealed class ClaimExtractor
{
    private const int SubjectWords = 14;

    private readonly StanceReader _stance;
    private readonly Propositions _propositions;
    private readonly ImmutableArray<Regex> _figureHolders;
    private readonly ImmutableArray<Regex> _clauseBoundaries;

    public ClaimExtractor(StanceReader stance, Propositions propositions, IEnumerable<Regex> figureHolders, IEnumerable<Regex> clauseBoundaries)
    {
        _stance = stance;
        _propositions = propositions;
        _figureHolders = [.. figureHolders];
        _clauseBoundaries = [.. clauseBoundaries];
    }

    public static ClaimExtractor Default { get; } = new(
        StanceReader.Default,
        Propositions.Default,
        Lexicon.Lines("Claims/Resources/figure-holders.tsv").Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        Lexicon.Lines("Claims/Resources/clause-boundaries.txt").Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)));

    /// <param name="storyOwners">
    /// For each counted head, the owner the whole story names most often with it (<see cref="OwnersNamed"/> over all
    /// documents): the last resort for a bare "3,000 troops" in an article that never says whose.
    /// </param>
    public ImmutableArray<Claim> Extract(ClaimInputs inputs, IReadOnlyDictionary<string, string>? storyOwners = null)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        ExtractFigures(inputs, claims, storyOwners ?? new Dictionary<string, string>());
        ExtractEvents(inputs, claims);
        return claims.ToImmutable();
    }

    /// <summary>Each figure's counted head with the owner its own words name ("North Korean soldiers", "North Korea has sent ...").</summary>
    public IEnumerable<(string Head, string Owner)> OwnersNamed(ClaimInputs inputs) =>
        ReadFigures(inputs).Where(f => f.Owner is not null).Select(f => (f.Head, f.Owner!));

    private sealed record FigureReading(FigureInput Figure, Sentence Sentence, Span Clause, string? Counted, string Head, string? Owner,
        List<(Holder Holder, StatementInput? Statement)> Holders);

    private IEnumerable<FigureReading> ReadFigures(ClaimInputs inputs)
    {
        FigureInput? previous = null;
        foreach (var figure in inputs.Figures.OrderBy(f => f.Span.Start))
        {
            if (inputs.Segmentation.SentenceAt(figure.Span.Start) is not { } sentence) continue;
            // A bare figure in a list or range shares what its neighbour in the sentence counts ("from 3,000 troops to at least 12,000").
            var counted = figure.CountedThing;
            if (string.IsNullOrWhiteSpace(counted) && previous is not null && sentence.Span.Contains(previous.Span))
                counted = previous.CountedThing;
            previous = figure;

            var clause = ClauseOf(inputs.Document.Text, sentence.Span, figure.Span);
            var holders = HoldersOf(inputs, figure, sentence.Span).ToList();
            var owner = OwnerInside(inputs, figure.CountedThingSpan) ?? OwnerBefore(inputs, clause, figure.Span, holders.Select(h => h.Holder.Key));
            yield return new FigureReading(figure, sentence, clause, counted, _propositions.Measure(counted, null, null, null).Key, owner, holders);
        }
    }

    private void ExtractFigures(ClaimInputs inputs, ImmutableArray<Claim>.Builder claims, IReadOnlyDictionary<string, string> storyOwners)
    {
        var doc = inputs.Document;
        // A bare "3,000 troops" belongs to the owner the story names most often with troops. Not the document's own
        // favourite: an aside about another war ("South Korea sent 320,000 troops to Vietnam") must not win it.
        foreach (var r in ReadFigures(inputs))
        {
            var orientation = _stance.OrientationOf(doc.Text, Span.FromBounds(r.Clause.Start, r.Figure.Span.End));
            var owner = string.IsNullOrWhiteSpace(r.Counted) ? null : r.Owner ?? storyOwners.GetValueOrDefault(r.Head);
            var subject = _propositions.Measure(r.Counted, owner, r.Figure.Unit, r.Figure.Rate);
            var value = new Estimate(r.Figure.Low, r.Figure.High, r.Figure.Qualifier, r.Figure.Text);

            foreach (var (holder, statement) in r.Holders)
            {
                // The figure's own clause, on top of its speaker's cue: in "decided to send some 12,000 troops, with the
                // first 1,500 already on the ground", the decision is the 12,000's, not the 1,500's.
                var reading = _stance.Read(doc.Text, r.Clause, statement?.CueStance ?? Stance.Asserted);
                claims.Add(NewClaim(inputs, claims.Count, holder, ClaimKind.Quantity, subject.Label, subject.Key, value, reading,
                    orientation, statement, r.Sentence.Span, r.Figure.Span, TimeIn(inputs, r.Clause, statement)));
            }
        }
    }

    /// <summary>For each counted head, the owner named most often with it (ties: the first named).</summary>
    public static Dictionary<string, string> Dominant(IEnumerable<(string Head, string Owner)> named) =>
        named.GroupBy(x => x.Head)
            .ToDictionary(g => g.Key, g => g.GroupBy(x => x.Owner).OrderByDescending(o => o.Count()).First().Key);

    private void ExtractEvents(ClaimInputs inputs, ImmutableArray<Claim>.Builder claims)
    {
        var doc = inputs.Document;
        var covered = new List<Span>();
        foreach (var statement in inputs.Statements)
        {
            covered.Add(statement.Content);
            if (inputs.Segmentation.SentenceAt(statement.Content.Start) is not { } sentence) continue;
            var scope = Span.FromBounds(Math.Min(statement.CueSpan?.Start ?? statement.Content.Start, statement.Content.Start), statement.Content.End);
            var reading = _stance.Read(doc.Text, scope, statement.CueStance);
            AddEvent(inputs, claims, statement.Holder, statement, statement.Content, sentence.Span, reading);
        }
        // The outlet's own voice: sentences nobody is quoted in, kept when they state an event or take a stance.
        foreach (var sentence in inputs.Segmentation.Sentences)
        {
            if (covered.Any(c => c.Overlaps(sentence.Span))) continue;
            var reading = _stance.Read(doc.Text, sentence.Span);
            AddEvent(inputs, claims, OutletOf(doc), null, sentence.Span, sentence.Span, reading);
        }
    }

    private void AddEvent(ClaimInputs inputs, ImmutableArray<Claim>.Builder claims, Holder holder, StatementInput? statement,
        Span content, Span sentence, StanceReading reading)
    {
        var text = inputs.Document.Text;
        var contentText = content.Of(text);
        // Countries and groups make an event ("North Korea sent troops to Russia"); an agency named in passing does not.
        var participants = inputs.Participants.Where(p => content.Contains(p.Span) && p.Kind is ParticipantKind.Place or ParticipantKind.Group).Select(p => p.Name).ToList();
        // "its troops", "our soldiers" in a country's own words name that country; an agency's "we" is not a party.
        if (holder.Kind == HolderKind.Entity && IsPlace(holder) && SpeaksOfItself(contentText)) participants.Add(holder.DisplayName);
        var proposition = _propositions.Event(contentText, participants);
        string subject, key;
        if (proposition is not null)
        {
            subject = proposition.Label;
            key = proposition.Key;
        }
        else if (reading.Stance is Stance.Denied or Stance.Unverified or Stance.Alleged or Stance.NeitherConfirmedNorDenied or Stance.Retracted)
        {
            // A stance on something no event rule names: keep it, on its own, so denials and doubts are never lost.
            subject = Excerpt(contentText);
            key = $"{Ledger.LedgerBuilder.StatementKeyPrefix}{inputs.Document.Id}:{content.Start}";
        }
        else return;
        claims.Add(NewClaim(inputs, claims.Count, holder, ClaimKind.Event, subject, key, null, reading, Orientation.Actual,
            statement, sentence, content, TimeIn(inputs, content, statement)));
    }

    private Claim NewClaim(ClaimInputs inputs, int index, Holder holder, ClaimKind kind, string subject, string key, Estimate? value,
        StanceReading reading, Orientation orientation, StatementInput? statement, Span evidence, Span focus, string? refersTo)
    {
        var doc = inputs.Document;
        return new Claim(
            $"{doc.Id}-{index + 1}", doc.Id, doc.Metadata.DisplaySource, doc.Metadata.Outlet, holder, kind, subject, key, value,
            reading.Stance, reading.Evidence, orientation, statement?.Cue,
            statement?.StatedOn ?? doc.Metadata.Published?.Date,
            statement?.StatedOn is not null ? statement.StatedOnPrecision : doc.Metadata.Published is { } p ? p.Precision.ToString().ToLowerInvariant() : null,
            statement?.StatedOnText, refersTo,
            evidence, evidence.Of(doc.Text), focus, focus.Of(doc.Text), statement?.Cites ?? []);
    }

    /// <summary>Who holds a figure: the speaker whose content contains it, a holder named with it, or the outlet.</summary>
    private IEnumerable<(Holder Holder, StatementInput? Statement)> HoldersOf(ClaimInputs inputs, FigureInput figure, Span sentence)
    {
        // Overlap, not containment: a content that starts inside "about 10,000" ("said about 10,000 ...") still holds it.
        var enclosing = inputs.Statements.Where(s => s.Content.Overlaps(figure.Span)).OrderBy(s => s.Content.Contains(figure.Span) ? 0 : 1).ThenBy(s => s.Content.Length).ToList();
        if (enclosing.Count > 0)
        {
            // A statement made by several speakers ("Russia and North Korea said") is one statement per speaker.
            var stated = WithOuterDate(enclosing);
            return enclosing.Where(s => s.Content == stated.Content).DistinctBy(s => s.Holder.Key)
                .Select(s => (s.Holder, (StatementInput?)(stated with { Holder = s.Holder })));
        }
        var named = NamedHolders(inputs, figure, sentence).ToList();
        if (named.Count > 0) return named.Select(h => (h, (StatementInput?)null));
        return [(OutletOf(inputs.Document), null)];
    }

    /// <summary>
    /// "The spy agency said Wednesday that it believes ...": the inner statement was made when the outer one was, so
    /// it takes the outer date when it names none of its own.
    /// </summary>
    private static StatementInput WithOuterDate(List<StatementInput> innermostFirst)
    {
        var inner = innermostFirst[0];
        if (inner.StatedOn is not null) return inner;
        var dated = innermostFirst.Skip(1).FirstOrDefault(s => s.StatedOn is not null && s.Content.Contains(inner.Content));
        return dated is null ? inner : inner with { StatedOn = dated.StatedOn, StatedOnPrecision = dated.StatedOnPrecision, StatedOnText = dated.StatedOnText };
    }

    private IEnumerable<Holder> NamedHolders(ClaimInputs inputs, FigureInput figure, Span sentence)
    {
        var text = inputs.Document.Text;
        var before = text[sentence.Start..figure.Span.Start];
        foreach (var pattern in _figureHolders)
        {
            var match = pattern.Match(before);
            if (!match.Success) continue;
            var group = match.Groups["holder"];
            var span = new Span(sentence.Start + group.Index, group.Length);
            return inputs.Participants.Where(p => span.Contains(p.Span))
                .Select(p => new Holder(p.Key, p.Name, HolderKind.Entity))
                .DistinctBy(h => h.Key);
        }
        return [];
    }

    /// <summary>The nationality or group inside what a figure counts ("North Korean soldiers" → North Korea).</summary>
    private static string? OwnerInside(ClaimInputs inputs, Span? counted)
    {
        if (counted is not { } span) return null;
        foreach (var p in inputs.Participants.Where(p => span.Contains(p.Span)))
        {
            if (p.Kind == ParticipantKind.Organization && p.Country is { } country) return country;
            // "troops in Russia" are where they are, not whose.
            if (p.Kind is ParticipantKind.Place or ParticipantKind.Group && !AfterLocative(inputs.Document.Text, span.Start, p.Span.Start)) return p.Name;
        }
        return null;
    }

    private static bool AfterLocative(string text, int from, int at)
    {
        var before = text[from..at].TrimEnd();
        var space = before.LastIndexOf(' ');
        return before[(space + 1)..].ToLowerInvariant() is "in" or "into" or "inside" or "to" or "at" or "near" or "across" or "from";
    }

    /// <summary>
    /// The country or group nearest before a figure in its clause, when it is not the figure's holder: the one that
    /// has the troops in "North Korea has sent 3,000 troops", not "Seoul" in "Seoul's number of at least 12,000".
    /// </summary>
    private static string? OwnerBefore(ClaimInputs inputs, Span clause, Span figure, IEnumerable<string> holderKeys)
    {
        var holders = holderKeys.ToHashSet(StringComparer.Ordinal);
        return inputs.Participants
            .LastOrDefault(p => p.Kind is ParticipantKind.Place or ParticipantKind.Group && p.Span.Start >= clause.Start && p.Span.End <= figure.Start && !holders.Contains(p.Key))
            ?.Name;
    }

    /// <summary>The clause of a figure: from the last clause boundary before it to the next one after it.</summary>
    private Span ClauseOf(string text, Span sentence, Span figure)
    {
        int start = sentence.Start, end = sentence.End;
        foreach (var boundary in _clauseBoundaries)
        {
            foreach (Match m in boundary.Matches(text[sentence.Start..sentence.End]))
            {
                var at = sentence.Start + m.Index;
                if (at + m.Length <= figure.Start) start = Math.Max(start, at + m.Length);
                else if (at >= figure.End) end = Math.Min(end, at);
            }
        }
        return Span.FromBounds(start, end);
    }

    /// <summary>The first resolved time in a claim's scope that is not the time of the statement itself.</summary>
    private static string? TimeIn(ClaimInputs inputs, Span scope, StatementInput? statement) =>
        inputs.Times.FirstOrDefault(t => scope.Contains(t.Span) && t.Value is not null &&
                                         (statement?.StatedOnText is null || t.Span.Of(inputs.Document.Text) != statement.StatedOnText))?.Value;

    public static Holder OutletOf(Document doc)
    {
        var name = doc.Metadata.Outlet ?? doc.Metadata.DisplaySource;
        return new Holder("outlet:" + name.ToLowerInvariant(), name, HolderKind.Outlet);
    }

    private static bool IsPlace(Holder holder) =>
        holder.Key.StartsWith("gpe/", StringComparison.Ordinal) || holder.Key.StartsWith("norp/", StringComparison.Ordinal)
        || holder.Key.StartsWith("name:", StringComparison.Ordinal);

    private static bool SpeaksOfItself(string content) =>
        Regex.IsMatch(content, @"\b(?:its|our|we|us|their own)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Excerpt(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= SubjectWords ? text : string.Join(' ', words.Take(SubjectWords)) + "…";
    }
}

using System.Collections.Immutable;
using Triangulate.Documents;

namespace Triangulate.Claims;

public enum HolderKind { Entity, Outlet, Generic, Unknown }

/// <summary>
/// Who holds a claim: a canonical entity, the outlet speaking in its own voice, a generic source ("officials"),
/// or unknown. <see cref="Key"/> identifies the holder across documents.
/// </summary>
public sealed record Holder(string Key, string DisplayName, HolderKind Kind)
{
    public static Holder Unknown { get; } = new("unknown", "unknown", HolderKind.Unknown);
}

public enum ClaimKind { Quantity, Event }

/// <summary>
/// A figure as an interval: exact values have Low == High; "at least" leaves High open, "up to" leaves Low open;
/// approximate values widen by <see cref="ApproximateMargin"/> when compared.
/// </summary>
public sealed record Estimate(double? Low, double? High, string Qualifier, string Text)
{
    public const double ApproximateMargin = 0.15;

    public bool IsApproximate => Qualifier is "approximate" or "vague";

    /// <summary>Whether the two figures can both be true.</summary>
    public bool IsCompatibleWith(Estimate other)
    {
        var (aLow, aHigh) = Widened();
        var (bLow, bHigh) = other.Widened();
        return aLow <= bHigh && bLow <= aHigh;
    }

    private (double Low, double High) Widened()
    {
        var margin = IsApproximate ? ApproximateMargin : 0;
        var low = Low is { } l ? l * (1 - margin) : double.NegativeInfinity;
        var high = High is { } h ? h * (1 + margin) : double.PositiveInfinity;
        return (low, high);
    }

    public override string ToString() => Text;
}

/// <summary>
/// A proposition with a holder, traced to its sentence: a figure about a measured thing, or an event, with the
/// stance the holder takes, when it was stated, and whom the holder cites.
/// </summary>
public sealed record Claim(
    string Id,
    string DocumentId,
    string DocumentSource,
    string? Outlet,
    Holder Holder,
    ClaimKind Kind,
    string Subject,
    string SubjectKey,
    Estimate? Value,
    Stance Stance,
    Span? StanceEvidence,
    Orientation Orientation,
    string? Cue,
    DateOnly? StatedOn,
    string? StatedOnPrecision,
    string? StatedOnText,
    string? RefersTo,
    Span Evidence,
    string EvidenceText,
    Span Focus,
    string FocusText,
    ImmutableArray<Holder> Cites)
{
    public bool Affirms => Stance is Stance.Asserted or Stance.Confirmed or Stance.Believed or Stance.Expected;
}

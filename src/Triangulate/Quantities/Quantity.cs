using Triangulate.Documents;

namespace Triangulate.Quantities;

/// <summary>How a figure is bounded: exact, softened, a lower or upper bound, a range, or a vague amount.</summary>
public enum Qualifier { Exact, Approximate, AtLeast, AtMost, Range, Vague }

/// <summary>Whether the figure is a level or a change of one ("rose 6.5%", "dropped 7%", "increased by 180,000").</summary>
public enum Change { None, Up, Down }

/// <summary>
/// A quantity in the text. <see cref="Span"/> covers the qualifier, the number or range, the unit and the rate
/// ("some 12,000", "$3,000 to $5,000 per month"); a change cue ("rose") and the counted thing are not part of it.
/// <see cref="Value"/> is the number for a single figure (null for ranges and vague amounts); <see cref="Low"/>..
/// <see cref="High"/> is the interval it allows: both equal to the value for exact and approximate figures, one
/// end open (null) for bounds, the ends for ranges, a low-confidence reading for vague amounts ("thousands" is
/// 2,000..9,999) or both null when even that is unknown ("a sizable number"). <see cref="Unit"/> is normalized
/// ("dollar", "percent", "km"); <see cref="Rate"/> is what it is per ("month", "each");
/// <see cref="CountedThing"/> is what is counted with its modifiers ("North Korean troops", "Russian troops killed
/// or wounded"), and <see cref="CountedThingSpan"/> the text it was read from.
/// </summary>
public sealed record Quantity(
    Span Span,
    string Text,
    double? Value,
    double? Low,
    double? High,
    Qualifier Qualifier,
    string? Unit,
    string? Rate,
    string? CountedThing,
    Span? CountedThingSpan,
    Change Change,
    bool Vague);

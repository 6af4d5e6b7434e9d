using System.Collections.Immutable;
using Triangulate.Documents;

namespace Triangulate.Claims;

/// <summary>A statement someone made, as the attribution and entity stages resolved it.</summary>
public sealed record StatementInput(
    Holder Holder,
    Span? CueSpan,
    string? Cue,
    Stance CueStance,
    Span Content,
    ImmutableArray<Holder> Cites,
    DateOnly? StatedOn,
    string? StatedOnPrecision,
    string? StatedOnText);

/// <summary>A figure found by the quantities stage: its interval, qualifier, unit and what it counts.</summary>
public sealed record FigureInput(
    Span Span,
    string Text,
    double? Low,
    double? High,
    string Qualifier,
    string? Unit,
    string? Rate,
    string? CountedThing,
    Span? CountedThingSpan);

/// <summary>
/// Countries (<see cref="Place"/>) and groups can be parties to an event and own what a figure counts; a city or
/// region (<see cref="Locality"/>) is only where something happens.
/// </summary>
public enum ParticipantKind { Place, Group, Organization, Person, Locality }

/// <summary>
/// A mention of a country, group, organization or person, resolved to its canonical name ("North Korean" → "North
/// Korea"; "Pyongyang" speaking → "North Korea"). Places and groups can own what a figure counts, and so can an
/// organization's <see cref="Country"/> ("members of the Korean People's Army" are North Korea's).
/// </summary>
public sealed record ParticipantInput(Span Span, string Key, string Name, ParticipantKind Kind, string? Country = null);

/// <summary>A time expression with its normalized TIMEX3 value, when the time stage could resolve it.</summary>
public sealed record TimeInput(Span Span, string? Value);

/// <summary>Everything the claims stage reads about one document.</summary>
public sealed record ClaimInputs(
    Document Document,
    Segmentation.Segmentation Segmentation,
    ImmutableArray<StatementInput> Statements,
    ImmutableArray<FigureInput> Figures,
    ImmutableArray<ParticipantInput> Participants,
    ImmutableArray<TimeInput> Times);

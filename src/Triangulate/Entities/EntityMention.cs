using Triangulate.Documents;

namespace Triangulate.Entities;

/// <summary>Entity types: CoNLL's four refined with gazetteers (GPE and LOC from LOC, NORP from MISC).</summary>
public enum EntityType { Person, Org, Gpe, Loc, Norp, Misc }

/// <summary>A name in the text, as the recognizer found it: its span, surface text and type.</summary>
public sealed record EntityMention(Span Span, string Text, EntityType Type);

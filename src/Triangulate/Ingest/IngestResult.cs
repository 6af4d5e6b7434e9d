using System.Collections.Immutable;
using Triangulate.Documents;

namespace Triangulate.Ingest;

/// <summary>An input that could not be ingested, and why; the rest of the batch goes on.</summary>
/// <param name="Path">The file, or <c>file:line</c> / <c>file[index]</c> for one record of a JSON file.</param>
public sealed record IngestError(string Path, string Reason);

public enum DuplicateKind { Exact, Near }

/// <summary>
/// A document that repeats another (a wire copy, a re-post): linked to its original, never dropped.
/// The original is the earlier published one, else the one seen first.
/// </summary>
/// <param name="Similarity">Estimated Jaccard similarity of the two texts' word shingles (1 for exact copies).</param>
public sealed record DuplicateLink(string DocumentId, string OriginalId, double Similarity, DuplicateKind Kind);

public sealed record IngestResult(
    ImmutableArray<Document> Documents,
    ImmutableArray<IngestError> Errors,
    ImmutableArray<DuplicateLink> Duplicates);

using Triangulate.Documents;

namespace Triangulate.Pipeline;

/// <summary>One document with every layer the pipeline has put on it so far.</summary>
public sealed record AnalyzedDocument(Document Document, Segmentation.Segmentation Segmentation);

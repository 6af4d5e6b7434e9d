using System.Collections.Immutable;
using Triangulate.Documents;
using Triangulate.Ingest;
using Triangulate.Pipeline;

namespace Triangulate.Cli;

/// <summary>
/// Analyzes a batch of ingested documents. A document whose analysis fails is reported like a file that could not be
/// read, naming it and the reason, and the rest of the batch goes on.
/// </summary>
public static class Analysis
{
    public sealed record Batch(IReadOnlyList<AnalyzedDocument> Documents, ImmutableArray<IngestError> Errors);

    public static Batch Run(IngestResult ingested, Analyzer analyzer, bool quiet)
    {
        var outcomes = Progress.Run(quiet, "Analyzing", ingested.Documents, document => Try(analyzer, document));
        var analyzed = new List<AnalyzedDocument>(outcomes.Count);
        var errors = ingested.Errors.ToBuilder();
        foreach (var (document, error) in outcomes)
        {
            if (document is not null) analyzed.Add(document);
            else errors.Add(error!);
        }
        return new Batch(analyzed, errors.ToImmutable());
    }

    private static (AnalyzedDocument?, IngestError?) Try(Analyzer analyzer, Document document)
    {
        try
        {
            return (analyzer.Analyze(document), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A failure here is a bug in a stage, not in the input; one article must not cost the whole batch.
            return (null, new IngestError(document.Metadata.Source,
                $"analysis failed ({e.GetType().Name}: {e.Message}); the other documents were analyzed. This is a bug: please report it with the file"));
        }
    }
}

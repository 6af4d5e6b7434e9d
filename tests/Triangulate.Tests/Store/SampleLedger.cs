using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Store;

/// <summary>The ledger of the bundled sample story, built exactly as `triangulate analyze` builds it.</summary>
public static class SampleLedger
{
    private static readonly Lazy<LedgerFile> Built = new(() => Build(Path.Combine(Repo.Root(), "samples", "nk-troops")));

    public static LedgerFile File => Built.Value;

    public static LedgerFile Build(params string[] paths)
    {
        var ingested = new Ingestor().Ingest(paths);
        var analyzed = ingested.Documents.Select(Analyzer.Default.Analyze).ToList();
        var entities = LedgerStage.EntitiesOf(analyzed);
        var ledger = LedgerSection.From(LedgerStage.Default.Build(analyzed, entities));
        return LedgerJson.Build(analyzed, ingested.Errors, ingested.Duplicates) with
        {
            Entities = EntityLedger.Records(entities, analyzed),
            Ledger = ledger,
        };
    }
}

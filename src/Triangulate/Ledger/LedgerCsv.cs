using System.Globalization;
using CsvHelper;

namespace Triangulate.Ledger;

/// <summary>ledger.csv: one row per claim, for spreadsheets.</summary>
public static class LedgerCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "document", "outlet", "holder", "holder_kind", "kind", "subject", "value", "low", "high", "qualifier",
        "stance", "orientation", "cue", "stated_on", "refers_to", "cites", "evidence_start", "evidence_length", "evidence", "story",
    ];

    public static void Write(IEnumerable<ClaimRecord> claims, TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), true);
        csv.WriteRecord([.. Header]);
        foreach (var c in claims) csv.WriteRecord(Row(c));
    }

    /// <summary>One claim's cells, in <see cref="Header"/> order.</summary>
    public static string[] Row(ClaimRecord c) =>
        [c.Id, c.DocumentSource, c.Outlet ?? "", c.Holder, c.HolderKind.ToString().ToLowerInvariant(),
            c.Kind.ToString().ToLowerInvariant(), c.Subject, c.Value ?? "", Number(c.Low), Number(c.High), c.Qualifier ?? "", c.Stance,
            c.Orientation.ToString().ToLowerInvariant(), c.Cue ?? "", c.StatedOn ?? "", c.RefersTo ?? "", string.Join("; ", c.Cites),
            c.Evidence.Start.ToString(CultureInfo.InvariantCulture), c.Evidence.Length.ToString(CultureInfo.InvariantCulture), c.Evidence.Text ?? "", c.Story];

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}

using System.Text.Json;
using Triangulate.Resources;

namespace Triangulate.Ledger;

/// <summary>
/// ledger.html: one self-contained page (no server, no network) with the key figures, conflicts, doubts,
/// citations and timeline; selecting a claim shows its sentence with the claim highlighted.
/// </summary>
public static class LedgerHtml
{
    private const string Placeholder = "__LEDGER_DATA__";

    public static string Render(LedgerSection ledger, int documentCount)
    {
        using var reader = new StreamReader(Lexicon.Open("Ledger/Resources/report.html"));
        var template = reader.ReadToEnd();
        var data = JsonSerializer.Serialize(new
        {
            documents = documentCount,
            ledger.Stories,
            ledger.Claims,
            ledger.Measures,
            ledger.Conflicts,
            ledger.Citations,
            ledger.Timeline,
        }, LedgerJson.Options);
        // Inside a <script> element only "</" can end it early; JSON allows "<\/" for the same text.
        return template.Replace(Placeholder, data.Replace("</", "<\\/", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}

using Shouldly;
using Triangulate.Claims;
using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;
using Xunit;

namespace Triangulate.Tests.Ledger;

/// <summary>
/// The sample story end to end: ingest, every stage, the cross-document ledger. Expected items and the reason for
/// each are in Cases/sample-ledger.tsv, written by reading the five articles.
/// </summary>
public sealed class SampleLedgerGoldenTests
{
    private static readonly Lazy<ClaimLedger> Ledger = new(() =>
    {
        var ingested = new Ingestor().Ingest([Path.Combine(Repo.Root(), "samples", "nk-troops")]);
        var analyzed = ingested.Documents.Select(Analyzer.Default.Analyze).ToList();
        return LedgerStage.Default.Build(analyzed, LedgerStage.EntitiesOf(analyzed));
    });

    public static TheoryData<string, string> Expected()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in CaseFile.Blocks("Ledger/Cases/sample-ledger.tsv").SelectMany(b => b)) data.Add(line.Split('\t')[0], line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Ledger_holds(string kind, string line)
    {
        var f = line.Split('\t');
        var why = f[^1];
        // Named fields: Shouldly cannot print predicates that index arrays.
        string f1 = f[1], f2 = f[2], f3 = f.Length > 4 ? f[3] : "", f4 = f.Length > 5 ? f[4] : "", f5 = f.Length > 6 ? f[5] : "";
        var ledger = Ledger.Value;
        switch (kind)
        {
            case "figure":
                ledger.Claims.ShouldContain(c => c.Kind == ClaimKind.Quantity && c.Holder.DisplayName == f1 && c.Value!.Text == f2
                    && (f3 == "*" || c.SubjectKey == f3) && c.Orientation.ToString().Equals(f4, StringComparison.OrdinalIgnoreCase)
                    && (f5 == "-" || c.StatedOn.ToString() == DateOnly.Parse(f5).ToString()), why);
                break;
            case "conflict":
                ledger.Conflicts.ShouldContain(c => c.Kind == ConflictKind.IncompatibleFigures &&
                    (Is(c.First, f1, f2) && Is(c.Second, f3, f4) || Is(c.First, f3, f4) && Is(c.Second, f1, f2)), why);
                break;
            case "revision":
                ledger.Revisions.ShouldContain(r => r.HolderName == f1 && r.Earlier.Value!.Text == f2 && r.Later.Value!.Text == f3, why);
                break;
            case "stance":
                ledger.Claims.ShouldContain(c => (f1 == "*" || c.Holder.DisplayName == f1) && StanceName(c.Stance) == f2
                    && c.EvidenceText.Contains(f3), why);
                break;
            case "contested":
                ledger.Conflicts.ShouldContain(c => c.Kind == ConflictKind.AssertionVersusDenial
                    && c.First.Holder.DisplayName == f1 && c.Second.Holder.DisplayName == f2, why);
                break;
            case "citation":
                ledger.Citations.ShouldContain(e => e.From.DisplayName == f1 && e.To.DisplayName == f2, why);
                break;
            default:
                throw new InvalidDataException($"Unknown expectation kind '{kind}' in sample-ledger.tsv");
        }
    }

    [Fact]
    public void Figures_that_count_different_things_stay_in_different_measures()
    {
        var measures = Ledger.Value.Measures;
        // Troops sent so far, the planned total and monthly pay are three measures, never compared with each other.
        measures.ShouldContain(m => m.Key == "north korea troops" && m.Orientation == Orientation.Actual);
        measures.ShouldContain(m => m.Key == "north korea troops" && m.Orientation == Orientation.Planned);
        measures.ShouldContain(m => m.Key == "dollar month");
        Ledger.Value.Conflicts.ShouldNotContain(c => c.First.SubjectKey != c.Second.SubjectKey || c.First.Orientation != c.Second.Orientation);
    }

    [Fact]
    public void A_holder_never_conflicts_with_itself()
    {
        Ledger.Value.Conflicts.ShouldNotContain(c => c.First.Holder.Key == c.Second.Holder.Key);
    }

    private static bool Is(Claim claim, string holder, string figure) => claim.Holder.DisplayName == holder && claim.Value?.Text == figure;

    private static string StanceName(Stance stance) => LedgerBuilder.StanceName(stance).Replace(' ', '-');
}

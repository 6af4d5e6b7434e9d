using System.Text.Json;
using Shouldly;
using Triangulate.Documents;
using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;
using Xunit;

namespace Triangulate.Tests.Ingest;

/// <summary>The bundled sample story (samples/nk-troops), read end to end.</summary>
public class SampleGoldenTests
{
    private static readonly IngestResult Result = new Ingestor().Ingest([Path.Combine(Repo.Root(), "samples", "nk-troops")]);

    [Fact]
    public void Reads_five_documents_with_manifest_dates()
    {
        Result.Errors.ShouldBeEmpty();
        Result.Documents.Select(d => d.Metadata.Published?.ToString())
            .ShouldBe(["2024-10-25", "2024-10-25", "2024-10-21", "2024-10-28", "2024-10-22"]);
        Result.Documents.ShouldAllBe(d => d.Metadata.Published!.Precision == TimePrecision.Day);
        Result.Documents.ShouldAllBe(d => d.Metadata.Provenance["published"] == "manifest:sources.csv");
        Result.Duplicates.ShouldBeEmpty();
    }

    [Fact]
    public void No_comments_heading_is_left()
    {
        // "comments" is also an ordinary word of the articles ("the comments amount to..."): the heading is a whole line.
        foreach (var doc in Result.Documents)
            doc.Text.Split('\n').ShouldNotContain(line => line.Equals("COMMENTS", StringComparison.OrdinalIgnoreCase), doc.Metadata.Source);
    }

    [Theory]
    [InlineData("SEE ALSO")]
    [InlineData("comment policy")]
    [InlineData("can be reached at")]
    [InlineData("Original url")]
    [InlineData("commenting")]
    [InlineData("Related article")]
    [InlineData("AP Photo")]
    [InlineData("<u>")]
    [InlineData("**")]
    public void No_boilerplate_is_left(string boilerplate)
    {
        foreach (var doc in Result.Documents)
            doc.Text.ShouldNotContain(boilerplate, Case.Insensitive, doc.Metadata.Source);
    }

    [Fact]
    public void Every_removed_span_has_a_reason_and_a_valid_offset()
    {
        Result.Documents.Sum(d => d.Removed.Length).ShouldBeGreaterThan(0);
        foreach (var doc in Result.Documents)
            foreach (var removed in doc.Removed)
            {
                removed.Reason.ShouldNotBeNullOrWhiteSpace();
                removed.CleanOffset.ShouldBeInRange(0, doc.Text.Length);
            }
    }

    [Fact]
    public void Clean_text_is_one_trimmed_paragraph_per_line()
    {
        foreach (var doc in Result.Documents)
        {
            doc.Text.ShouldNotContain("\n\n");
            doc.Text.ShouldNotContain('\r');
            doc.Text.Split('\n').ShouldAllBe(line => line.Length > 0 && line == line.Trim());
            doc.Id.ShouldBe(Ingestor.ContentId(doc.Text));
        }
    }

    [Fact]
    public void No_word_of_the_input_is_lost()
    {
        // Every word of each file is either in the clean text or in a removed span (markup aside).
        foreach (var doc in Result.Documents)
        {
            var input = File.ReadAllText(Path.Combine(Repo.Root(), "samples", "nk-troops", doc.Metadata.Source));
            var kept = Words(doc.Text + " " + string.Join(' ', doc.Removed.Select(r => r.Text)));
            Words(input).Where(w => w is not ("u" or "##")).ShouldBe(kept, ignoreOrder: true, doc.Metadata.Source);
        }

        static List<string> Words(string text) =>
            [.. System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{N}]+").Select(m => m.Value)];
    }

    [Fact]
    public void Text_derived_metadata_fills_what_the_manifest_lacks()
    {
        var opinion = Result.Documents.Single(d => d.Metadata.Source.StartsWith("002"));
        opinion.Metadata.Title.ShouldBe("North Koreans Fighting for Russia Put Warm Words into Practice");
        opinion.Text.ShouldContain("has been put at anywhere between 1,500 to 12,000");
        var correction = Result.Documents.Single(d => d.Metadata.Source.StartsWith("000"));
        correction.Metadata.Corrections.ShouldHaveSingleItem().ShouldStartWith("Correction: An earlier version");
        correction.Metadata.Dateline.ShouldBe("SEOUL, South Korea");
    }

    [Fact]
    public void Ledger_lists_duplicates_and_wire_tags()
    {
        using var folder = new TempFolder();
        const string story = "WASHINGTON (AP) — The Pentagon said on Monday that about 10,000 soldiers had been sent to Russia for training.";
        folder.Write("a.txt", story);
        folder.Write("b.txt", story + "\n");
        var result = folder.Ingest();
        var analyzed = result.Documents.Select(Analyzer.Default.Analyze).ToList();

        using var stream = new MemoryStream();
        LedgerJson.Write(LedgerJson.Build(analyzed, result.Errors, result.Duplicates), stream);
        using var json = JsonDocument.Parse(stream.ToArray());

        var duplicate = json.RootElement.GetProperty("duplicates").EnumerateArray().ShouldHaveSingleItem();
        duplicate.GetProperty("kind").GetString().ShouldBe("exact");
        duplicate.GetProperty("source").GetString().ShouldBe("b.txt");
        duplicate.GetProperty("originalSource").GetString().ShouldBe("a.txt");
        json.RootElement.GetProperty("documents").EnumerateArray().ShouldAllBe(d => d.GetProperty("wireTag").GetString() == "AP");
    }
}

using Shouldly;
using Triangulate.Documents;
using Xunit;

namespace Triangulate.Tests.Ingest;

public class TextMetadataTests
{
    /// <summary>Cases/text-metadata.txt: an article's lines, then "&gt; field = expected" lines.</summary>
    public static TheoryData<string[], string[]> Cases()
    {
        var data = new TheoryData<string[], string[]>();
        foreach (var block in CaseFile.Blocks("Ingest/Cases/text-metadata.txt"))
            data.Add([.. block.Where(l => !l.StartsWith('>'))], [.. block.Where(l => l.StartsWith('>')).Select(l => l[1..].Trim())]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_metadata_the_text_shows(string[] lines, string[] expectations)
    {
        using var folder = new TempFolder();
        folder.Write("article.txt", string.Join('\n', lines));
        var meta = folder.Ingest().Documents.ShouldHaveSingleItem().Metadata;
        foreach (var expectation in expectations)
        {
            var field = expectation[..expectation.IndexOf('=')].Trim();
            var expected = expectation[(expectation.IndexOf('=') + 1)..].Trim() is { Length: > 0 } v ? v : null;
            Value(meta, field).ShouldBe(expected, $"field {field}");
        }
    }

    private static string? Value(DocumentMetadata meta, string field) => field switch
    {
        "author" => meta.Author,
        "published" => meta.Published?.ToString(),
        "url" => meta.Url,
        "outlet" => meta.Outlet,
        "title" => meta.Title,
        "wire" => meta.WireTag,
        "dateline" => meta.Dateline,
        _ when field.StartsWith("provenance.") => meta.Provenance.GetValueOrDefault(field["provenance.".Length..]),
        _ => throw new ArgumentException($"unknown field '{field}' in the case file"),
    };

    [Fact]
    public void Manifest_wins_over_text_and_provenance_says_so()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "By Text Author\nOctober 21, 2024\nThe vote passed on Monday.");
        folder.Write("b.txt", "By Other Writer\nThe vote failed on Tuesday.");
        folder.Write("sources.csv", "file,published,outlet,author,url\na.txt,,Manifest Outlet,Manifest Author,https://example.com/a\nb.txt,2024-10-22,,,\n");

        var docs = folder.Ingest().Documents.ToDictionary(d => d.Metadata.Source);

        var a = docs["a.txt"].Metadata;
        a.Author.ShouldBe("Manifest Author");
        a.Outlet.ShouldBe("Manifest Outlet");
        a.Url.ShouldBe("https://example.com/a");
        a.Published!.ToString().ShouldBe("2024-10-21");
        a.Provenance["author"].ShouldBe("manifest:sources.csv");
        a.Provenance["published"].ShouldBe("text:date-line");
        a.Title.ShouldBeNull();

        var b = docs["b.txt"].Metadata;
        b.Author.ShouldBe("Other Writer");
        b.Provenance["author"].ShouldBe("text:byline");
        b.Published.ShouldBe(new PublicationTime(new DateTimeOffset(2024, 10, 22, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day));
        b.Provenance["published"].ShouldBe("manifest:sources.csv");
    }

    [Fact]
    public void A_broken_manifest_is_reported_and_the_files_still_read()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "The vote passed on Monday.");
        folder.Write("sources.csv", "name,date\na.txt,2024-10-21\n");
        var result = folder.Ingest();
        result.Documents.ShouldHaveSingleItem().Metadata.Published.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Path.ShouldEndWith("sources.csv");
    }
}

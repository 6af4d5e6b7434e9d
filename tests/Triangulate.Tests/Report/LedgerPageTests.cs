using Microsoft.Playwright;
using Shouldly;
using Triangulate.Claims;
using Triangulate.Documents;
using Triangulate.Ledger;
using Triangulate.Segmentation;
using Xunit;

namespace Triangulate.Tests.Report;

/// <summary>ledger.html in a real headless Chromium (Debian's, installed by scripts/setup.sh).</summary>
public class LedgerPageTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static string WritePage(params Story[] stories)
    {
        const string text = "Estimates range from the White House figure of 3,000 troops to Seoul's number of at least 12,000.";
        var document = new Document("d1", text, DocumentMetadata.ForSource("story.txt") with
        {
            Published = new PublicationTime(new DateTimeOffset(2024, 10, 25, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day),
        }, []);
        Span Find(string s) => new(text.IndexOf(s, StringComparison.Ordinal), s.Length);
        var claims = ClaimExtractor.Default.Extract(new ClaimInputs(document, Segmenter.Default.Segment(text), [],
            [
                new FigureInput(Find("3,000"), "3,000", 3000, 3000, "exact", null, null, "troops", Find("troops")),
                new FigureInput(Find("at least 12,000"), "at least 12,000", 12000, null, "at-least", null, null, null, null),
            ],
            [
                new ParticipantInput(Find("White House"), "white-house", "White House", ParticipantKind.Organization),
                new ParticipantInput(Find("Seoul"), "south-korea", "South Korea", ParticipantKind.Place),
            ], []));
        var html = LedgerHtml.Render(LedgerSection.From(new LedgerBuilder().Build(claims, [], [.. stories])), stories.Length);
        var path = Path.Combine(Path.GetTempPath(), $"ledger-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, html);
        return path;
    }

    private static async Task Open(string path, Func<IPage, Task> check)
    {
        File.Exists(Chromium).ShouldBeTrue("Chromium is missing: run scripts/setup.sh");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var page = await browser.NewPageAsync();
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            await check(page);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public Task Names_each_measure_s_story_when_the_batch_holds_several() =>
        Open(WritePage(new Story("story-1", "White House, South Korea", ["d1"]), new Story("story-2", "Federal Reserve", ["d2"])), async page =>
        {
            (await page.Locator("#counts").InnerTextAsync()).ShouldStartWith("2 documents · 2 stories");
            (await page.Locator("#measures h3").AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldEndWith("— White House, South Korea");
        });

    [Fact]
    public Task Shows_conflicts_and_highlights_a_claims_evidence_when_selected() =>
        Open(WritePage(new Story("story-1", "White House, South Korea", ["d1"])), async page =>
        {
            (await page.Locator("#counts").InnerTextAsync()).ShouldStartWith("1 document · 1 story");
            (await page.Locator("#measures h3").AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldNotContain("—");
            (await page.Locator("#conflicts li").AllInnerTextsAsync()).ShouldHaveSingleItem()
                .ShouldContain("White House says 3,000, South Korea says at least 12,000");
            (await page.Locator("#measures tr.claim").CountAsync()).ShouldBe(2);

            await page.Locator("#measures tr.claim").Nth(1).ClickAsync();
            (await page.Locator("#evidence mark").InnerTextAsync()).ShouldBe("at least 12,000");
            (await page.Locator("#evidence-text").InnerTextAsync()).ShouldStartWith("Estimates range from the White House figure");

            // The filter matches a claim by its holder as well as by the words shown.
            await page.Locator("#filter").FillAsync("south korea");
            (await page.Locator("#measures tr.claim:visible").AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldContain("at least 12,000");
            await page.Locator("#filter").FillAsync("no such holder");
            (await page.Locator("#measures tr.claim:visible").CountAsync()).ShouldBe(0);
            (await page.Locator("#measures h3:visible").CountAsync()).ShouldBe(0);
            await page.Locator("#filter").FillAsync("");
            (await page.Locator("#measures tr.claim:visible").CountAsync()).ShouldBe(2);
        });
}

using Shouldly;
using Triangulate.Ledger;
using Triangulate.Store;
using Xunit;

namespace Triangulate.Tests.Store;

/// <summary>
/// What every store must do, run once against SQLite and once against a real PostgreSQL server: the sample story's
/// ledger round-trips, re-saving upserts documents, a failed save leaves earlier runs intact and stores nothing of itself.
/// </summary>
public abstract class LedgerStoreContract
{
    private static readonly string[] NoCites = [];

    /// <summary>A store over a new, empty database.</summary>
    protected abstract ILedgerStore NewStore();

    /// <summary>Runs SQL with the store's own driver, behind its back, and returns the number of rows.</summary>
    protected abstract int Rows(ILedgerStore store, string sql);

    /// <summary>Runs SQL statements with the store's own driver, behind its back.</summary>
    protected abstract void Execute(ILedgerStore store, string sql);

    /// <summary>Names the store's schema files: Store/Resources/{Dialect}.v{n}.sql.</summary>
    protected abstract string Dialect { get; }

    /// <summary>Rows in a table.</summary>
    private long Count(ILedgerStore store, string table) => Rows(store, $"SELECT * FROM {table}");

    private static LedgerSection Section => SampleLedger.File.Ledger!;

    [Fact]
    public void Saves_the_sample_story_and_reads_every_claim_back_as_it_was()
    {
        var store = NewStore();
        var run = store.Save(SampleLedger.File, "sample");

        var runs = store.Runs();
        runs.ShouldHaveSingleItem().Id.ShouldBe(run);
        runs[0].Label.ShouldBe("sample");
        runs[0].Documents.ShouldBe(SampleLedger.File.Documents.Count);
        runs[0].Claims.ShouldBe(Section.Claims.Count);
        (DateTimeOffset.UtcNow - runs[0].FinishedAt).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(10));

        var stored = store.Claims();
        Section.Claims.Count.ShouldBeGreaterThan(10);
        stored.Count.ShouldBe(Section.Claims.Count);
        stored.ShouldAllBe(c => c.Run == run);
        for (var i = 0; i < stored.Count; i++)
        {
            var (back, original) = (stored[i].Claim, Section.Claims[i]);
            (back with { Cites = NoCites }).ShouldBe(original with { Cites = NoCites }, $"claim {original.Id}");
            back.Cites.ShouldBe(original.Cites, $"cites of claim {original.Id}");
        }
        Section.Claims.ShouldContain(c => c.Cites.Count > 0, "the sample should exercise citations");
        Section.Claims.ShouldContain(c => c.StatedOn != null && c.StanceEvidence != null, "the sample should exercise dates and stance cues");

        var documents = store.Documents();
        documents.Select(d => d.Id).Order().ShouldBe(SampleLedger.File.Documents.Select(d => d.Id).Order());
        var first = SampleLedger.File.Documents[0];
        var back1 = documents.Single(d => d.Id == first.Id);
        (back1.Source, back1.Title, back1.Outlet, back1.Published, back1.Text).ShouldBe((first.Source, first.Title, first.Outlet, first.Published, first.Text));

        Count(store, "entities").ShouldBe(SampleLedger.File.Entities.Count);
        Count(store, "entity_mentions").ShouldBe(SampleLedger.File.Entities.Sum(e => e.Mentions.Count));
        Count(store, "citations").ShouldBe(Section.Citations.Count);
        Count(store, "conflicts").ShouldBe(Section.Conflicts.Count);
        Count(store, "schema_version").ShouldBe(SqlLedgerStore.SchemaVersion);
    }

    [Fact]
    public void Keeps_the_sample_story_s_measures_revisions_and_timeline_as_ledger_json_has_them()
    {
        var store = NewStore();
        var run = store.Save(SampleLedger.File, "sample");

        Section.Revisions.ShouldNotBeEmpty("the sample should exercise revisions");
        var revisions = store.Revisions();
        revisions.ShouldAllBe(r => r.Run == run);
        revisions.Select(r => Flat(r.Revision)).ShouldBe(Section.Revisions.Select(Flat));

        Section.Timeline.Count.ShouldBeGreaterThan(10);
        Section.Timeline.Select(t => t.Kind).Distinct().Count().ShouldBe(2, "the sample should exercise statements and events");
        Section.Timeline.ShouldContain(t => t.Precision != "day", "the sample should exercise dates coarser than a day");
        var timeline = store.Timeline();
        timeline.ShouldAllBe(t => t.Run == run);
        timeline.Select(t => Flat(t.Entry)).ShouldBe(Section.Timeline.Select(Flat));

        Section.Measures.ShouldContain(m => m.Figures.Count > 2, "the sample should exercise measures with several figures");
        var measures = store.Measures();
        measures.ShouldAllBe(m => m.Run == run);
        measures.Select(m => (m.Measure.Story, m.Measure.Key, m.Measure.Label, m.Measure.Orientation))
            .ShouldBe(Section.Measures.Select(m => (m.Story, m.Key, m.Label, m.Orientation)));
        for (var i = 0; i < measures.Count; i++)
            measures[i].Measure.Figures.ShouldBe(Section.Measures[i].Figures, $"figures of measure {Section.Measures[i].Key}");
    }

    [Fact]
    public void Measures_revisions_and_timeline_can_be_read_for_one_run()
    {
        var store = NewStore();
        var first = store.Save(SampleLedger.File, "one");
        var trimmed = Section with { Revisions = Section.Revisions.Take(1).ToList(), Timeline = Section.Timeline.Skip(3).ToList(), Measures = [] };
        var second = store.Save(SampleLedger.File with { Ledger = trimmed }, "two");

        store.Revisions().Count.ShouldBe(Section.Revisions.Count + 1);
        store.Revisions(second).Select(r => Flat(r.Revision)).ShouldBe(trimmed.Revisions.Select(Flat));
        store.Revisions(first).Count.ShouldBe(Section.Revisions.Count);
        store.Timeline(second).Select(t => Flat(t.Entry)).ShouldBe(trimmed.Timeline.Select(Flat));
        store.Timeline(first).Count.ShouldBe(Section.Timeline.Count);
        store.Timeline().Select(t => t.Run).ShouldBe([.. Enumerable.Repeat(first, Section.Timeline.Count), .. Enumerable.Repeat(second, trimmed.Timeline.Count)]);
        store.Measures(second).ShouldBeEmpty();
        store.Measures(first).Count.ShouldBe(Section.Measures.Count);
        store.Timeline(second + 1).ShouldBeEmpty();
    }

    [Fact]
    public void A_revision_of_a_claim_the_run_lacks_is_refused_before_anything_is_written()
    {
        var store = NewStore();
        var bad = Section with { Revisions = [Section.Revisions[0] with { ClaimIds = [Section.Revisions[0].ClaimIds[0], "no-such-claim"] }] };

        var error = Should.Throw<StoreException>(() => store.Save(SampleLedger.File with { Ledger = bad }, "dangling"));
        error.Message.ShouldContain("no-such-claim");
        error.Message.ShouldContain("nothing was stored");
        store.Runs().ShouldBeEmpty();
        store.Claims().ShouldBeEmpty();
        store.Timeline().ShouldBeEmpty();
    }

    [Fact]
    public void Runs_list_their_times_and_counts_oldest_first()
    {
        var store = NewStore();
        var started = new DateTimeOffset(2026, 3, 2, 9, 15, 30, 250, TimeSpan.FromHours(1));
        var first = store.Save(SampleLedger.File, "monday", started);
        var fewer = Section with { Claims = Section.Claims.Take(40).ToList(), Conflicts = [], Revisions = [], Timeline = [], Measures = [], Citations = [] };
        var one = SampleLedger.File with { Documents = SampleLedger.File.Documents.Where(d => fewer.Claims.Any(c => c.Document == d.Id)).ToList(), Entities = [], Ledger = fewer };
        var second = store.Save(one, "tuesday");

        var runs = store.Runs();
        runs.Select(r => (r.Id, r.Label)).ShouldBe([(first, "monday"), (second, "tuesday")]);
        (runs[0].Documents, runs[0].Claims, runs[0].Conflicts, runs[0].Errors)
            .ShouldBe((SampleLedger.File.Documents.Count, Section.Claims.Count, Section.Conflicts.Count, SampleLedger.File.Errors.Count));
        Section.Conflicts.ShouldNotBeEmpty();
        (runs[1].Documents, runs[1].Claims, runs[1].Conflicts).ShouldBe((one.Documents.Count, 40, 0));
        one.Documents.Count.ShouldBeLessThan(SampleLedger.File.Documents.Count);

        runs[0].StartedAt.ShouldNotBeNull();
        (runs[0].StartedAt!.Value - started).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1));
        runs[0].FinishedAt.ShouldBeGreaterThan(started);
        runs[1].StartedAt.ShouldBeNull();
        runs[1].FinishedAt.ShouldBeGreaterThanOrEqualTo(runs[0].FinishedAt);
    }

    [Fact]
    public void A_version_1_database_is_upgraded_in_place_and_keeps_its_runs()
    {
        var store = NewStore();
        Execute(store, File.ReadAllText(Path.Combine(Repo.Root(), "src", "Triangulate", "Store", "Resources", $"{Dialect}.v1.sql")));
        Execute(store, """
            INSERT INTO schema_version (version, applied_at) VALUES (1, '2026-01-05 08:00:00');
            INSERT INTO runs (label, created_at, generator_version, format_version) VALUES ('from v1', '2026-01-05 08:00:00', '0.9', 1);
            """);

        var old = store.Runs().ShouldHaveSingleItem();
        (old.Label, old.StartedAt).ShouldBe(("from v1", (DateTimeOffset?)null));
        // The literal has no zone, so PostgreSQL reads it in the server's: only the day is certain.
        (old.FinishedAt - new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)).Duration().ShouldBeLessThan(TimeSpan.FromDays(1));
        Rows(store, "SELECT version FROM schema_version").ShouldBe(SqlLedgerStore.SchemaVersion);

        var run = store.Save(SampleLedger.File, "after the upgrade", DateTimeOffset.UtcNow);
        store.Runs().Select(r => r.Label).ShouldBe(["from v1", "after the upgrade"]);
        store.Timeline(run).Count.ShouldBe(Section.Timeline.Count);
    }

    [Fact]
    public void Keeps_each_run_s_stories_and_which_story_each_claim_and_measure_belongs_to()
    {
        var store = NewStore();
        // The sample is one story; split off its first article as a second story to see both come back.
        var first = SampleLedger.File.Documents[0].Id;
        string StoryOf(string document) => document == first ? "story-2" : "story-1";
        var claims = Section.Claims.Select(c => c with { Story = StoryOf(c.Document) }).ToList();
        var storyOfClaim = claims.ToDictionary(c => c.Id, c => c.Story);
        var split = Section with
        {
            Stories = [new StoryRecord("story-1", "rest", [.. SampleLedger.File.Documents.Skip(1).Select(d => d.Id)]), new StoryRecord("story-2", "first", [first])],
            Claims = claims,
            Measures = [.. Section.Measures.Select(m => m with { Story = storyOfClaim[m.Figures[0].ClaimId] })],
        };
        split.Measures.Select(m => m.Story).Distinct().Count().ShouldBe(2, "the sample's first article should hold a measure");
        var run = store.Save(SampleLedger.File with { Ledger = split }, "split");

        store.Claims().Select(c => c.Claim.Story).ShouldBe(claims.Select(c => c.Story));
        store.Measures(run).Select(m => (m.Measure.Story, m.Measure.Key)).ShouldBe(split.Measures.Select(m => (m.Story, m.Key)));
        store.Claims(new ClaimFilter(Story: "story-2")).Select(c => c.Claim.Id).ShouldBe(claims.Where(c => c.Story == "story-2").Select(c => c.Id));
        store.Claims(new ClaimFilter(Story: "story-2")).ShouldContain(c => c.Claim.Cites.Count > 0, "cites are read through the story filter too");
        Rows(store, "SELECT id FROM stories ORDER BY position").ShouldBe(2);
        Rows(store, "SELECT document FROM run_documents WHERE story = 'story-2'").ShouldBe(1);
    }

    private static (string, string, string, string, string?, string?, string) Flat(RevisionRecord r) =>
        (r.Holder, r.Subject, r.From, r.To, r.FromDate, r.ToDate, string.Join(",", r.ClaimIds));

    private static (string, string, TimelineKind, string, string) Flat(TimelineEntry t) =>
        (t.Date, t.Precision, t.Kind, t.Text, string.Join(",", t.ClaimIds));

    [Fact]
    public void Figures_keep_their_interval_and_qualifier()
    {
        var store = NewStore();
        var figure = Section.Claims[0] with
        {
            Kind = Triangulate.Claims.ClaimKind.Quantity, Value = "at least 12,000", Low = 12000, High = null, Qualifier = "at-least",
            Cites = ["Yonhap", "South Korea's spy agency"],
        };
        var open = Section.Claims[1] with { Kind = Triangulate.Claims.ClaimKind.Quantity, Value = "up to 0.5", Low = null, High = 0.5, Qualifier = "up-to" };
        store.Save(SampleLedger.File with { Ledger = Section with { Claims = [figure, open, .. Section.Claims.Skip(2)] } }, "figures");

        var back = store.Claims();
        (back[0].Claim with { Cites = NoCites }).ShouldBe(figure with { Cites = NoCites });
        back[0].Claim.Cites.ShouldBe(figure.Cites);
        (back[1].Claim with { Cites = NoCites }).ShouldBe(open with { Cites = NoCites });
    }

    [Fact]
    public void Every_query_in_the_store_docs_runs()
    {
        var store = NewStore();
        store.Save(SampleLedger.File, "one");
        store.Save(SampleLedger.File, "two");
        var doc = File.ReadAllText(Path.Combine(Repo.Root(), "docs", "store.md"));
        var queries = System.Text.RegularExpressions.Regex.Matches(doc, "```sql\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
        queries.Count.ShouldBeGreaterThan(5);
        var rows = queries.ToDictionary(q => q, q => Rows(store, q));
        rows.Values.Sum().ShouldBeGreaterThan(0);
        rows.Single(r => r.Key.Contains("'denied'")).Value.ShouldBe(Section.Claims.Count(c => c.Stance == "denied"));
    }

    [Fact]
    public void Re_saving_the_same_articles_updates_their_documents_instead_of_duplicating_them()
    {
        var store = NewStore();
        var first = store.Save(SampleLedger.File, "monday");
        var second = store.Save(SampleLedger.File, "tuesday");

        var documents = store.Documents();
        documents.Count.ShouldBe(SampleLedger.File.Documents.Count);
        documents.ShouldAllBe(d => d.FirstRun == first && d.LastRun == second);
        store.Runs().Select(r => r.Label).ShouldBe(["monday", "tuesday"]);
        store.Claims(new ClaimFilter(Run: second)).Count.ShouldBe(Section.Claims.Count);
        store.Claims().Count.ShouldBe(2 * Section.Claims.Count);
        Count(store, "schema_version").ShouldBe(SqlLedgerStore.SchemaVersion);
    }

    [Fact]
    public void A_save_that_fails_halfway_rolls_back_and_leaves_the_earlier_run_intact()
    {
        var store = NewStore();
        var kept = store.Save(SampleLedger.File, "good");
        var mentions = Count(store, "entity_mentions");

        // Documents and most claims go in before the repeated claim id breaks the primary key.
        var retitled = SampleLedger.File.Documents[0] with { Title = "A title the failed run must not leave behind" };
        var added = SampleLedger.File.Documents[0] with { Id = "ffffffffffffffff", Source = "new.txt" };
        var bad = SampleLedger.File with
        {
            Documents = [retitled, .. SampleLedger.File.Documents.Skip(1), added],
            Ledger = Section with { Claims = [.. Section.Claims, Section.Claims[^1]] },
        };

        var error = Should.Throw<StoreException>(() => store.Save(bad, "broken"));
        error.Message.ShouldContain("'broken'");
        error.Message.ShouldContain(store.Description);
        error.Message.ShouldContain("nothing of this run was stored");

        store.Runs().ShouldHaveSingleItem().Id.ShouldBe(kept);
        var documents = store.Documents();
        documents.Count.ShouldBe(SampleLedger.File.Documents.Count);
        documents.Single(d => d.Id == retitled.Id).Title.ShouldBe(SampleLedger.File.Documents[0].Title);
        documents.ShouldAllBe(d => d.LastRun == kept);
        store.Claims().Count.ShouldBe(Section.Claims.Count);
        Count(store, "entity_mentions").ShouldBe(mentions);
        Count(store, "run_documents").ShouldBe(SampleLedger.File.Documents.Count);

        // The store still works after the failure.
        store.Save(SampleLedger.File, "again");
        store.Runs().Count.ShouldBe(2);
    }

    [Fact]
    public void A_claim_about_a_document_the_run_lacks_is_refused_before_anything_is_written()
    {
        var store = NewStore();
        var orphan = Section.Claims[0];
        var bad = SampleLedger.File with { Documents = [.. SampleLedger.File.Documents.Where(d => d.Id != orphan.Document)] };

        var error = Should.Throw<StoreException>(() => store.Save(bad, "orphan"));
        error.Message.ShouldContain(orphan.Document);
        error.Message.ShouldContain(orphan.DocumentSource);

        store.Runs().ShouldBeEmpty();
        store.Documents().ShouldBeEmpty();
    }

    [Fact]
    public void Filters_by_holder_subject_stance_document_and_run()
    {
        var store = NewStore();
        store.Save(SampleLedger.File, "one");
        var second = store.Save(SampleLedger.File, "two");
        var claims = Section.Claims;
        ClaimFilter OnlySecond(ClaimFilter f) => f with { Run = second };

        var holder = claims.GroupBy(c => c.HolderKey).MaxBy(g => g.Count())!.First();
        store.Claims(OnlySecond(new(Holder: holder.HolderKey))).Select(c => c.Claim.Id)
            .ShouldBe(claims.Where(c => c.HolderKey == holder.HolderKey).Select(c => c.Id));
        // A name matches as a case-insensitive substring.
        var part = holder.Holder[..Math.Min(5, holder.Holder.Length)].ToUpperInvariant();
        store.Claims(OnlySecond(new(Holder: part))).Select(c => c.Claim.Id)
            .ShouldBe(claims.Where(c => c.HolderKey == part || c.Holder.Contains(part, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id));

        var subject = claims.GroupBy(c => c.SubjectKey).MaxBy(g => g.Count())!.Key;
        store.Claims(OnlySecond(new(Subject: subject))).Select(c => c.Claim.Id)
            .ShouldBe(claims.Where(c => c.SubjectKey == subject || c.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase)).Select(c => c.Id));

        foreach (var stance in new[] { "denied", "neither confirmed nor denied" })
        {
            claims.ShouldContain(c => c.Stance == stance);
            store.Claims(OnlySecond(new(Stance: stance.ToUpperInvariant()))).Select(c => c.Claim.Id)
                .ShouldBe(claims.Where(c => c.Stance == stance).Select(c => c.Id));
        }

        var document = claims[^1];
        store.Claims(OnlySecond(new(Document: document.DocumentSource))).Select(c => c.Claim.Id)
            .ShouldBe(claims.Where(c => c.Document == document.Document).Select(c => c.Id));
        store.Claims(OnlySecond(new(Document: document.Document))).Count.ShouldBe(claims.Count(c => c.Document == document.Document));

        store.Claims(new ClaimFilter(Holder: holder.HolderKey)).Count.ShouldBe(2 * claims.Count(c => c.HolderKey == holder.HolderKey));
        // LIKE wildcards in the user's text are literal.
        store.Claims(new ClaimFilter(Holder: "%")).ShouldBeEmpty();
        store.Claims(new ClaimFilter(Holder: "no such holder anywhere")).ShouldBeEmpty();
    }
}

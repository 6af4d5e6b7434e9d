using System.Text.Json.Nodes;

namespace Triangulate.Ledger;

/// <summary>
/// Claims as schema.org ClaimReview JSON-LD (claimReviewed; itemReviewed → Claim with author, datePublished,
/// appearance, firstAppearance). No reviewRating is written: Triangulate records claims, it does not rate them.
/// </summary>
public static class ClaimReviewExport
{
    public static JsonArray Build(IEnumerable<ClaimRecord> claims, IReadOnlyDictionary<string, string> documentUrls)
    {
        var reviews = new JsonArray();
        // One review per proposition and holder: its appearances are every document that carries it.
        foreach (var group in claims.GroupBy(c => (c.SubjectKey, c.HolderKey, c.Value, c.Stance)))
        {
            var ordered = group.OrderBy(c => c.StatedOn ?? "9999", StringComparer.Ordinal).ToList();
            var first = ordered[0];
            var appearances = new JsonArray();
            foreach (var c in ordered.DistinctBy(c => c.Document))
                appearances.Add(CreativeWork(c, documentUrls));
            var claim = new JsonObject
            {
                ["@type"] = "Claim",
                ["author"] = new JsonObject
                {
                    ["@type"] = first.HolderKind is Claims.HolderKind.Entity or Claims.HolderKind.Outlet ? "Organization" : "Thing",
                    ["name"] = first.Holder,
                },
                ["appearance"] = appearances,
                ["firstAppearance"] = CreativeWork(first, documentUrls),
            };
            if (first.StatedOn is not null) claim["datePublished"] = first.StatedOn;
            reviews.Add(new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "ClaimReview",
                ["claimReviewed"] = first.Evidence.Text,
                ["itemReviewed"] = claim,
            });
        }
        return reviews;
    }

    private static JsonObject CreativeWork(ClaimRecord c, IReadOnlyDictionary<string, string> documentUrls)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork", ["name"] = c.DocumentSource };
        if (documentUrls.TryGetValue(c.Document, out var url)) work["url"] = url;
        if (c.StatedOn is not null) work["datePublished"] = c.StatedOn;
        return work;
    }
}

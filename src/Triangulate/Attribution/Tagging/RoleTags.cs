namespace Triangulate.Attribution.Tagging;

/// <summary>The three span roles of an attribution, as PolNeAR and PARC mark them.</summary>
public enum AttributionRole { Source, Cue, Content }

/// <summary>BIO tags over the three roles: O, then B- and I- of source, cue and content.</summary>
internal static class RoleTags
{
    public const int Outside = 0;
    public const int Count = 7;

    public static int Begin(AttributionRole role) => 1 + 2 * (int)role;
    public static int Inside(AttributionRole role) => 2 + 2 * (int)role;

    public static AttributionRole? RoleOf(int tag) => tag == Outside ? null : (AttributionRole)((tag - 1) / 2);
    public static bool IsBegin(int tag) => tag != Outside && (tag - 1) % 2 == 0;

    /// <summary>
    /// Makes every span start with its B- tag after spans were marked over each other: the content around a cue and
    /// source ("“A,” X said. “B.”") resumes after them as a new span, and a span running on into the next sequence
    /// (a quote over two paragraphs) begins again there, as decoding requires.
    /// </summary>
    /// <param name="sequenceStarts">First token of each decoded sequence (then the token count), or null for one sequence.</param>
    public static void Repair(int[] tags, int[]? sequenceStarts = null)
    {
        var next = 0;
        for (var i = 0; i < tags.Length; i++)
        {
            var starts = false;
            while (sequenceStarts is not null && next < sequenceStarts.Length && sequenceStarts[next] <= i) starts |= sequenceStarts[next++] == i;
            var prev = i == 0 || starts ? -1 : tags[i - 1];
            if (tags[i] != Outside && !IsBegin(tags[i]) && !Allowed(prev, tags[i])) tags[i]--;
        }
    }

    /// <summary>An I- tag continues a span of its own role; everything else may follow anything (prev -1 is the start).</summary>
    public static bool Allowed(int prev, int next) =>
        next == Outside || IsBegin(next) || prev >= 0 && prev != Outside && RoleOf(prev) == RoleOf(next);
}

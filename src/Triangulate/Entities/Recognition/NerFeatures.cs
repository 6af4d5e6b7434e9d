using Triangulate.Learning;

namespace Triangulate.Entities.Recognition;

/// <summary>Feature keys of every token of one document, flat: token t owns Keys[Offsets[t]..Offsets[t+1]).</summary>
internal sealed class DocumentFeatures(uint[] keys, int[] offsets, int[] sentenceStarts, ulong[] lowers, byte[] caps) : ISequenceFeatures
{
    public uint[] Keys { get; } = keys;

    /// <summary>Each token's lower-case hash and case class (0 lower/none, 1 capitalized, 2 all capitals).</summary>
    public ulong[] Lowers { get; } = lowers;
    public byte[] Caps { get; } = caps;
    public int[] Offsets { get; } = offsets;

    /// <summary>First token of each sentence, plus the token count at the end.</summary>
    public int[] SentenceStarts { get; } = sentenceStarts;
    int[] ISequenceFeatures.SequenceStarts => SentenceStarts;

    public ReadOnlySpan<uint> Of(int token) => Keys.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}

/// <summary>
/// Turns a document's tokens into hashed feature keys: the word, its lower-case form, shapes, affixes, a ±2
/// window, gazetteer matches, case in context (sentence start, all-capital headlines) and how the same word is
/// written elsewhere in the document.
/// </summary>
internal sealed class NerFeatures(NerGazetteer gazetteer, NerClusters clusters)
{
    private const int Affixes = 4;
    private static readonly ulong Boundary = NerHash.Exact("<s>");

    public NerGazetteer Gazetteer { get; } = gazetteer;
    public NerClusters Clusters { get; } = clusters;

    public DocumentFeatures Extract(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var n = 0;
        foreach (var s in sentences) n += s.Count;
        var exact = new ulong[n];
        var lower = new ulong[n];
        var shape = new ulong[n];
        var brief = new ulong[n];
        var caps = new byte[n];          // 0 no letters/lower-case start, 1 capitalized, 2 all capitals
        var gaz = new ulong[n];
        var cluster = new ulong[n];
        var headline = new bool[sentences.Count];
        var starts = new int[sentences.Count + 1];

        var t = 0;
        for (var si = 0; si < sentences.Count; si++)
        {
            starts[si] = t;
            var words = sentences[si];
            var letters = 0;
            var upperOnly = true;
            for (var i = 0; i < words.Count; i++, t++)
            {
                var w = words[i];
                exact[t] = NerHash.Exact(w);
                lower[t] = NerHash.Lower(w);
                (shape[t], brief[t], caps[t]) = Shape(w);
                cluster[t] = Clusters.PathOf(w);
                if (HasLetter(w)) { letters++; if (caps[t] != 2) upperOnly = false; }
            }
            headline[si] = letters > 0 && upperOnly;
            Gazetteer.Mark(lower.AsSpan(starts[si], words.Count), words, gaz.AsSpan(starts[si], words.Count));
        }
        starts[sentences.Count] = t;

        // How the document writes each word elsewhere: in lower case, or capitalized mid-sentence in running text.
        var seenLower = new HashSet<ulong>();
        var seenCapital = new HashSet<ulong>();
        for (var si = 0; si < sentences.Count; si++)
        {
            var words = sentences[si];
            for (var i = 0; i < words.Count; i++)
            {
                var k = starts[si] + i;
                if (words[i].Length > 0 && char.IsLower(words[i][0])) seenLower.Add(lower[k]);
                else if (i > 0 && !headline[si] && caps[k] == 1) seenCapital.Add(lower[k]);
            }
        }

        var keys = new List<uint>(n * 56);
        var offsets = new int[n + 1];
        for (var si = 0; si < sentences.Count; si++)
        {
            var words = sentences[si];
            var s0 = starts[si];
            var len = words.Count;
            ulong L(int j) => j < 0 || j >= len ? Boundary : lower[s0 + j];
            ulong B(int j) => j < 0 || j >= len ? Boundary : brief[s0 + j];
            ulong S(int j) => j < 0 || j >= len ? Boundary : shape[s0 + j];
            ulong G(int j) => j < 0 || j >= len ? 0 : gaz[s0 + j];
            ulong C(int j, int bits) => j < 0 || j >= len ? 1 : NerClusters.Prefix(cluster[s0 + j], bits);
            for (var i = 0; i < len; i++)
            {
                var k = s0 + i;
                offsets[k] = keys.Count;
                var w = words[i];
                var tpl = 0;
                void Add(ulong a, ulong b = 0) => keys.Add(NerHash.Feature(tpl++, a, b));

                Add(1);
                Add(exact[k]);
                Add(lower[k]);
                Add(shape[k]);
                Add(brief[k]);
                // prefixes hash forwards and suffixes backwards, each in one pass
                ulong pre = NerHash.Start, suf = NerHash.Start;
                for (var a = 1; a <= Affixes; a++)
                {
                    if (w.Length >= a)
                    {
                        pre = NerHash.Add(pre, NerHash.Fold(w[a - 1]));
                        suf = NerHash.Add(suf, NerHash.Fold(w[^a]));
                        Add(pre); Add(suf);
                    }
                    else tpl += 2;
                }
                Add(L(i - 1)); Add(L(i - 2)); Add(L(i + 1)); Add(L(i + 2));
                Add(L(i - 1), lower[k]); Add(lower[k], L(i + 1));
                Add(S(i - 1), shape[k]); Add(shape[k], S(i + 1));
                Add(B(i - 1), NerHash.Add(brief[k], B(i + 1)));
                Add(B(i - 2), B(i - 1)); Add(B(i + 1), B(i + 2));
                Add(brief[k], L(i - 1)); Add(brief[k], L(i + 1));

                // case carries less when every word is capitalized: sentence starts and headlines
                var context = (i == 0 ? 1UL : 0UL) | (headline[si] ? 2UL : 0UL);
                Add(context, brief[k]);
                Add(context, lower[k]);
                var docCase = (seenLower.Contains(lower[k]) ? 1UL : 0) | (seenCapital.Contains(lower[k]) ? 2UL : 0);
                Add(docCase, NerHash.Add(context, brief[k]));
                Add(i == len - 1 ? 1UL : 0, len <= 2 ? 1UL : 0);

                // word clusters: coarse to fine for the word, coarse for its neighbours
                Add(C(i, 4)); Add(C(i, 6)); Add(C(i, 10)); Add(C(i, 20));
                Add(C(i - 1, 4)); Add(C(i - 1, 10)); Add(C(i + 1, 4)); Add(C(i + 1, 10));

                // gazetteer: each (category, position) of this token, and categories of the neighbours
                var g = G(i);
                for (var bit = 0; g != 0; bit++, g >>= 1)
                    if ((g & 1) != 0) keys.Add(NerHash.Feature(tpl, (ulong)bit));
                tpl++;
                AddCategories(keys, tpl++, G(i - 1));
                AddCategories(keys, tpl++, G(i + 1));
            }
        }
        offsets[n] = keys.Count;
        return new DocumentFeatures(keys.ToArray(), offsets, starts, lower, caps);
    }

    /// <summary>
    /// Second-pass features from a first pass's tags: the token's own and neighbouring tags, and the type the
    /// document most often gives the same capitalized word elsewhere (names keep their type across a story).
    /// </summary>
    public static DocumentFeatures Stack(DocumentFeatures doc, int[] firstTags)
    {
        var n = firstTags.Length;
        var keys = new List<uint>(doc.Keys.Length + n * 6);
        var offsets = new int[n + 1];
        var stacked = StackedKeys(doc, firstTags);
        for (var k = 0; k < n; k++)
        {
            offsets[k] = keys.Count;
            keys.AddRange(doc.Of(k));
            keys.AddRange(stacked.Of(k));
        }
        offsets[n] = keys.Count;
        return new DocumentFeatures(keys.ToArray(), offsets, doc.SentenceStarts, doc.Lowers, doc.Caps);
    }

    /// <summary>Only the keys <see cref="Stack"/> adds to each token's first-pass keys.</summary>
    public static DocumentFeatures StackedKeys(DocumentFeatures doc, int[] firstTags)
    {
        const int Base = 1000;
        var n = firstTags.Length;
        var votes = new Dictionary<ulong, int[]>();
        for (var k = 0; k < n; k++)
        {
            if (firstTags[k] == 0 || doc.Caps[k] == 0) continue;
            if (!votes.TryGetValue(doc.Lowers[k], out var v)) votes[doc.Lowers[k]] = v = new int[NerTags.Types.Length];
            v[NerTags.TypeOf(firstTags[k])]++;
        }
        var keys = new List<uint>(n * 6);
        var offsets = new int[n + 1];
        var sentence = 0;
        for (var k = 0; k < n; k++)
        {
            while (doc.SentenceStarts[sentence + 1] <= k) sentence++;
            var first = k == doc.SentenceStarts[sentence];
            var last = k + 1 == doc.SentenceStarts[sentence + 1];
            offsets[k] = keys.Count;
            var self = (ulong)firstTags[k];
            var prev = first ? 99UL : (ulong)firstTags[k - 1];
            var next = last ? 99UL : (ulong)firstTags[k + 1];
            keys.Add(NerHash.Feature(Base, self));
            keys.Add(NerHash.Feature(Base + 1, prev, self));
            keys.Add(NerHash.Feature(Base + 2, self, next));
            if (doc.Caps[k] != 0 && votes.TryGetValue(doc.Lowers[k], out var v))
            {
                var total = v.Sum();
                var best = Array.IndexOf(v, v.Max());
                var share = (ulong)(4 * v[best] / total);
                keys.Add(NerHash.Feature(Base + 3, (ulong)best, share));
                keys.Add(NerHash.Feature(Base + 4, (ulong)best, (ulong)NerTags.TypeOf(firstTags[k]) + 1));
                keys.Add(NerHash.Feature(Base + 5, (ulong)best, (ulong)Math.Min(total, 3) * 8 + doc.Caps[k]));
            }
        }
        offsets[n] = keys.Count;
        return new DocumentFeatures(keys.ToArray(), offsets, doc.SentenceStarts, doc.Lowers, doc.Caps);
    }

    private static void AddCategories(List<uint> keys, int template, ulong bits)
    {
        for (var c = 0; c < NerGazetteer.CategoryCount; c++)
            if (((bits >> (c * 4)) & 0xF) != 0) keys.Add(NerHash.Feature(template, (ulong)c));
    }

    private static bool HasLetter(string w)
    {
        foreach (var c in w) if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>Word shape (runs capped at 4: "Xxxx", "dd-dd") and brief shape (runs collapsed: "Xx"), and case class.</summary>
    private static (ulong Shape, ulong Brief, byte Caps) Shape(string w)
    {
        ulong shape = NerHash.Start, brief = NerHash.Start;
        char prev = '\0';
        var run = 0;
        bool upper = false, lowerSeen = false;
        foreach (var ch in w)
        {
            char c;
            if (char.IsUpper(ch)) { c = 'X'; upper = true; }
            else if (char.IsLower(ch)) { c = 'x'; lowerSeen = true; }
            else if (char.IsDigit(ch)) c = 'd';
            else c = ch;
            run = c == prev ? run + 1 : 1;
            if (run <= 4) shape = NerHash.Add(shape, c);
            if (run == 1) brief = NerHash.Add(brief, c);
            prev = c;
        }
        byte caps = w.Length > 0 && char.IsUpper(w[0]) ? (byte)1 : (byte)0;
        if (upper && !lowerSeen) caps = 2;
        return (shape, brief, caps);
    }
}

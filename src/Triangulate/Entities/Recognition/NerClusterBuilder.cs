namespace Triangulate.Entities.Recognition;

/// <summary>Settings of cluster learning; the defaults are what the shipped clusters were built with.</summary>
/// <param name="MinCount">Words seen fewer times get no cluster (their contexts are too few to place them).</param>
/// <param name="Contexts">How many of the most frequent words serve as context words.</param>
/// <param name="Dimensions">Width of the random projection of each word's context vector.</param>
/// <param name="Depth">Longest path (tree depth).</param>
public sealed record NerClusterOptions(int MinCount = 3, int Contexts = 2000, int Dimensions = 256, int Depth = 20, int Seed = 17);

/// <summary>
/// Learns word clusters from unlabeled text, a cheaper stand-in for Brown clustering: each word is described by
/// the positive PMI of the words seen one and two places to its left and right, projected to a few hundred
/// random dimensions; the words are then split top-down (each split along the principal direction of its words,
/// refined by spherical 2-means) into a binary tree whose paths are the clusters.
/// </summary>
public static class NerClusterBuilder
{
    private static readonly int[] Slots = [-2, -1, 1, 2];
    private const int Iterations = 12;

    /// <summary>Each clustered word (digits written as 0) with its path of '0' and '1', most frequent word first.</summary>
    public static IReadOnlyList<(string Word, string Path)> Build(IEnumerable<IReadOnlyList<string>> sentences, NerClusterOptions options)
    {
        // word ids by first appearance; id 0 is the sentence boundary
        var ids = new Dictionary<string, int> { ["<s>"] = 0 };
        var words = new List<string> { "<s>" };
        var counts = new List<int> { 0 };
        var corpus = new List<int[]>();
        foreach (var sentence in sentences)
        {
            var row = new int[sentence.Count];
            for (var i = 0; i < row.Length; i++)
            {
                var w = Fold(sentence[i]);
                if (!ids.TryGetValue(w, out var id)) { ids[w] = id = words.Count; words.Add(w); counts.Add(0); }
                counts[id]++;
                row[i] = id;
            }
            counts[0] += 2;
            corpus.Add(row);
        }

        var byFrequency = Enumerable.Range(0, words.Count).OrderByDescending(i => counts[i]).ThenBy(i => words[i], StringComparer.Ordinal).ToArray();
        var contextOf = new int[words.Count];
        Array.Fill(contextOf, -1);
        for (var r = 0; r < Math.Min(options.Contexts, byFrequency.Length); r++) contextOf[byFrequency[r]] = r;
        var vocab = byFrequency.Where(i => i != 0 && counts[i] >= options.MinCount && !words[i].StartsWith('#')).ToArray();
        var row0 = new int[words.Count];
        Array.Fill(row0, -1);
        for (var v = 0; v < vocab.Length; v++) row0[vocab[v]] = v;

        // co-occurrence counts of (word, slot × context word)
        var C = Math.Min(options.Contexts, byFrequency.Length);
        var cooc = new Dictionary<int, float>[vocab.Length];
        for (var v = 0; v < vocab.Length; v++) cooc[v] = [];
        var columnSums = new double[Slots.Length * C];
        double total = 0;
        foreach (var row in corpus)
            for (var i = 0; i < row.Length; i++)
            {
                var v = row0[row[i]];
                if (v < 0) continue;
                for (var s = 0; s < Slots.Length; s++)
                {
                    var j = i + Slots[s];
                    var ctx = j < 0 || j >= row.Length ? 0 : contextOf[row[j]];
                    if (ctx < 0) continue;
                    var key = s * C + ctx;
                    cooc[v][key] = cooc[v].GetValueOrDefault(key) + 1;
                    columnSums[key]++;
                    total++;
                }
            }

        // PPMI with context smoothing (counts^0.75), then a seeded ±1 random projection
        var smoothed = columnSums.Select(c => Math.Pow(c, 0.75)).ToArray();
        var smoothedTotal = smoothed.Sum();
        var D = options.Dimensions;
        var random = new Random(options.Seed);
        var projection = new float[columnSums.Length * D];
        for (var i = 0; i < projection.Length; i++) projection[i] = random.Next(2) == 0 ? -1f : 1f;
        var vectors = new float[vocab.Length][];
        for (var v = 0; v < vocab.Length; v++)
        {
            var vec = new float[D];
            var rowTotal = cooc[v].Values.Sum();
            foreach (var (key, n) in cooc[v])
            {
                var pmi = Math.Log(n / rowTotal / (smoothed[key] / smoothedTotal));
                if (pmi <= 0) continue;
                var p = projection.AsSpan(key * D, D);
                for (var d = 0; d < D; d++) vec[d] += (float)pmi * p[d];
            }
            Normalize(vec);
            vectors[v] = vec;
        }

        var paths = new string[vocab.Length];
        Split(vectors, Enumerable.Range(0, vocab.Length).ToArray(), "", options.Depth, paths);
        return vocab.Select((id, v) => (words[id], paths[v])).ToArray();
    }

    /// <summary>Digits as 0, as <see cref="NerHash.Cased"/> keys them.</summary>
    public static string Fold(string word) =>
        word.Any(char.IsAsciiDigit) ? new string(word.Select(c => char.IsAsciiDigit(c) ? '0' : c).ToArray()) : word;

    private static void Split(float[][] vectors, int[] members, string path, int depth, string[] paths)
    {
        if (path.Length == depth || members.Length < 2)
        {
            foreach (var m in members) paths[m] = path.Length == 0 ? "0" : path;
            return;
        }
        var D = vectors[0].Length;
        var mean = Centroid(vectors, members, _ => true, D, normalize: false);

        // principal direction of the centred members by power iteration, from a fixed start
        var dir = new float[D];
        for (var d = 0; d < D; d++) dir[d] = 1f / (1 + d);
        for (var it = 0; it < Iterations; it++)
        {
            var next = new float[D];
            foreach (var m in members)
            {
                var x = vectors[m];
                var dot = 0f;
                for (var d = 0; d < D; d++) dot += (x[d] - mean[d]) * dir[d];
                for (var d = 0; d < D; d++) next[d] += dot * (x[d] - mean[d]);
            }
            if (!Normalize(next)) break;
            dir = next;
        }
        var side = new bool[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var x = vectors[members[i]];
            var dot = 0f;
            for (var d = 0; d < D; d++) dot += (x[d] - mean[d]) * dir[d];
            side[i] = dot > 0;
        }

        // refine by spherical 2-means
        for (var it = 0; it < 4; it++)
        {
            var a = Centroid(vectors, members, i => !side[i], D);
            var b = Centroid(vectors, members, i => side[i], D);
            var changed = false;
            for (var i = 0; i < members.Length; i++)
            {
                var x = vectors[members[i]];
                float da = 0, db = 0;
                for (var d = 0; d < D; d++) { da += x[d] * a[d]; db += x[d] * b[d]; }
                var s = db > da;
                changed |= s != side[i];
                side[i] = s;
            }
            if (!changed) break;
        }
        var left = members.Where((_, i) => !side[i]).ToArray();
        var right = members.Where((_, i) => side[i]).ToArray();
        if (left.Length == 0 || right.Length == 0)
        {
            foreach (var m in members) paths[m] = path.Length == 0 ? "0" : path;
            return;
        }
        Split(vectors, left, path + "0", depth, paths);
        Split(vectors, right, path + "1", depth, paths);
    }

    private static float[] Centroid(float[][] vectors, int[] members, Func<int, bool> include, int D, bool normalize = true)
    {
        var c = new float[D];
        for (var i = 0; i < members.Length; i++)
        {
            if (!include(i)) continue;
            var x = vectors[members[i]];
            for (var d = 0; d < D; d++) c[d] += x[d];
        }
        if (normalize) Normalize(c);
        else for (var d = 0; d < D; d++) c[d] /= members.Length;
        return c;
    }

    private static bool Normalize(float[] v)
    {
        var norm = 0.0;
        foreach (var x in v) norm += x * x;
        if (norm == 0) return false;
        var inv = (float)(1 / Math.Sqrt(norm));
        for (var d = 0; d < v.Length; d++) v[d] *= inv;
        return true;
    }
}

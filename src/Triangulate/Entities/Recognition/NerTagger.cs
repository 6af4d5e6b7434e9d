using System.Collections.Immutable;
using System.IO.Compression;
using Triangulate.Documents;
using Triangulate.Resources;

namespace Triangulate.Entities.Recognition;

/// <summary>A recognized name as token positions in its sentence, with our refined type.</summary>
public readonly record struct NerChunk(int Start, int End, EntityType Type);

/// <summary>
/// Named-entity recognizer: an averaged-perceptron BILOU tagger trained on CoNLL-2003 (PER, ORG, LOC, MISC),
/// whose types the gazetteers refine: LOC naming a country, capital, city or state is a GPE, MISC naming a
/// nationality, religion or political group is a NORP.
/// </summary>
public sealed class NerTagger
{
    public const string ModelResource = "Entities/Resources/ner.model.gz";

    private static readonly Lazy<NerTagger> LazyDefault = new(() =>
    {
        using var stream = Lexicon.Open(ModelResource);
        return Load(stream);
    });

    private readonly NerModel _first;
    private readonly NerModel _second;
    private readonly NerFeatures _features;
    private readonly NerPassPair _passes;

    internal NerTagger(NerModel first, NerModel second, NerFeatures features)
    {
        _first = first;
        _second = second;
        _features = features;
        _passes = new NerPassPair(first, second);
    }

    /// <summary>The shipped model, loaded on first use.</summary>
    public static NerTagger Default => LazyDefault.Value;

    /// <summary>Weight rows in both passes.</summary>
    public int FeatureCount => _first.KeyCount + _second.KeyCount;

    /// <summary>Reads a gzipped model: the first pass, then the second.</summary>
    public static NerTagger Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        return new(NerModel.Read(reader), NerModel.Read(reader), new NerFeatures(NerGazetteer.Default, NerClusters.Default));
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        _first.Write(writer);
        _second.Write(writer);
    }

    /// <summary>The names in a document, over its segmentation's sentences and tokens.</summary>
    public ImmutableArray<EntityMention> Recognize(string text, Segmentation.Segmentation segmentation)
    {
        var sentences = new IReadOnlyList<string>[segmentation.Sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = segmentation.Sentences[s];
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++) words[i] = AsTrained(segmentation.Tokens[sentence.FirstToken + i].Text);
            sentences[s] = words;
        }
        var chunks = Chunk(sentences);
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        for (var s = 0; s < sentences.Length; s++)
        {
            var first = segmentation.Sentences[s].FirstToken;
            foreach (var c in chunks[s])
            {
                var span = Span.FromBounds(segmentation.Tokens[first + c.Start].Span.Start, segmentation.Tokens[first + c.End - 1].Span.End);
                mentions.Add(new EntityMention(span, span.Of(text), c.Type));
            }
        }
        return mentions.ToImmutable();
    }

    /// <summary>Typographic quotes and dashes as the ASCII ones of the Reuters training text, which has no others.</summary>
    public static string AsTrained(string token) => token switch
    {
        "“" or "”" or "„" or "«" or "»" => "\"",
        "‘" or "’" => "'",
        "–" or "—" => "--",
        _ => token.Contains('’') ? token.Replace('’', '\'') : token,
    };

    /// <summary>Names in already-tokenized sentences of one document (the document is context for every sentence).</summary>
    public IReadOnlyList<IReadOnlyList<NerChunk>> Chunk(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var doc = _features.Extract(sentences);
        var tags = _passes.Tag(doc);
        var result = new IReadOnlyList<NerChunk>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var start = doc.SentenceStarts[s];
            var words = sentences[s];
            var chunks = NerTags.Chunks(tags.AsSpan(start, words.Count));
            result[s] = chunks.Count == 0 ? [] : chunks.Select(c => new NerChunk(c.Start, c.End, Refine(c.Type, words, c.Start, c.End))).ToArray();
        }
        return result;
    }

    private EntityType Refine(int conllType, IReadOnlyList<string> words, int start, int end)
    {
        switch (NerTags.Types[conllType])
        {
            case "PER": return EntityType.Person;
            case "ORG": return EntityType.Org;
            case "LOC":
                return (Categories(words, start, end) & (GazetteerCategory.Country | GazetteerCategory.Capital | GazetteerCategory.City)) != 0
                    ? EntityType.Gpe : EntityType.Loc;
            default:
                return (Categories(words, start, end) & (GazetteerCategory.Demonym | GazetteerCategory.Group)) != 0
                    ? EntityType.Norp : EntityType.Misc;
        }
    }

    private GazetteerCategory Categories(IReadOnlyList<string> words, int start, int end)
    {
        Span<ulong> lowers = stackalloc ulong[Math.Min(end - start, 16)];
        if (end - start > 16) return GazetteerCategory.None;
        for (var i = start; i < end; i++) lowers[i - start] = NerHash.Lower(words[i]);
        return _features.Gazetteer.Lookup(lowers);
    }

    /// <summary>CoNLL's type for one of ours (GPE and LOC are LOC, NORP and MISC are MISC).</summary>
    public static string ConllType(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Org => "ORG",
        EntityType.Gpe or EntityType.Loc => "LOC",
        _ => "MISC",
    };
}

using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Retrieval;

/// <summary>How passages are found and ranked.</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Bot:Retrieval";

    /// <summary>Where passages and articles are read and written: "InMemory" (this process, saved to the index file) or "AzureSearch" (Bot:AzureSearch).</summary>
    [RegularExpression("^(InMemory|AzureSearch)$", ErrorMessage = "Bot:Retrieval:Store must be InMemory or AzureSearch.")]
    public string Store { get; set; } = InMemoryStore;

    public const string InMemoryStore = "InMemory", AzureSearchStore = "AzureSearch";

    /// <summary>True when the passages live in Azure AI Search.</summary>
    public bool UsesAzureSearch => Store == AzureSearchStore;

    /// <summary>How many passages an answer is drawn from.</summary>
    [Range(1, 50)]
    public int Top { get; set; } = 5;

    /// <summary>How many candidates each side (lexical, vector) contributes before fusion.</summary>
    [Range(1, 1000)]
    public int Candidates { get; set; } = 40;

    /// <summary>"Weighted" (min-max BM25 blended with cosine) or "Rrf" (reciprocal rank fusion).</summary>
    [RegularExpression("^(Weighted|Rrf)$", ErrorMessage = "Bot:Retrieval:Fusion must be Weighted or Rrf.")]
    public string Fusion { get; set; } = "Rrf";

    /// <summary>The share of the fused score that comes from BM25 in weighted fusion; the rest is cosine.</summary>
    [Range(0.0, 1.0)]
    public double LexicalWeight { get; set; } = 0.7;

    /// <summary>The rank constant of reciprocal rank fusion.</summary>
    [Range(1, 1000)]
    public int RrfK { get; set; } = 60;

    /// <summary>How many of each list's best passages (lexical, vector) are kept in the fused results whatever their fused rank.</summary>
    [Range(0, 50)]
    public int KeepHeads { get; set; } = 2;

    /// <summary>Int8 scan candidates kept per vector result, rescored with the float query (see <c>bot bench</c> for recall).</summary>
    [Range(1, 64)]
    public int Oversample { get; set; } = 4;

    /// <summary>Stores with at least this many passages scan their vectors on every core.</summary>
    [Range(1, int.MaxValue)]
    public int ParallelScanRows { get; set; } = 500_000;

    /// <summary>Sign-code candidates kept per vector result for int8 rescoring (see <c>bot bench</c> for recall).</summary>
    [Range(1, 1000)]
    public int CandidatesPerResult { get; set; } = Scanning.ScanSettings.Default.CandidatesPerResult;

    /// <summary>The fewest sign-code candidates a vector search keeps, however few results it asks for.</summary>
    [Range(1, 1_000_000)]
    public int MinCandidates { get; set; } = Scanning.ScanSettings.Default.MinCandidates;

    /// <summary>The scan settings these options describe.</summary>
    public Scanning.ScanSettings Scan => new(Oversample, ParallelScanRows, CandidatesPerResult: CandidatesPerResult, MinCandidates: MinCandidates);

    /// <summary>How much a match in the headline counts against a match in the passage.</summary>
    [Range(0.0, 5.0)]
    public float TitleBoost { get; set; } = 0.3f;
}

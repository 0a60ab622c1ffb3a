using System.Text.Json;

namespace Bot.Cli.Tests;

/// <summary>The eval options for held-out measurement, and the train verb that rebuilds the answer ranker.</summary>
public sealed class EvalAndTrainTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Eval_SavedIndex_GivesTheSameFiguresWithoutEmbeddingAgain()
    {
        var saved = Path.Combine(_cli.Folder, "seeds.index");
        var (firstCode, first) = await Eval("--corpus", CliRun.RepoFile("seeds"), "--save-index", saved);
        var (code, second) = await Eval("--index", saved);

        Assert.True(firstCode == 0 && code == 0, first + second);
        Assert.True(File.Exists(saved));
        Assert.Equal(Figure(first, "answer_hit"), Figure(second, "answer_hit"));
        Assert.Equal(Figure(first, "first_sentence_hit"), Figure(second, "first_sentence_hit"));
    }

    [Fact]
    public async Task Eval_LeaveSourcesOut_AsksEveryAnswerableFactWithoutItsSourcesAndCountsAbstentions()
    {
        var (code, output) = await Eval("--corpus", CliRun.RepoFile("seeds"), "--leave-sources-out");

        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(34, json.RootElement.GetProperty("questions").GetInt32());
        Assert.InRange(json.RootElement.GetProperty("abstain_right").GetDouble(), 0.0, 1.0);
        Assert.Equal(["source-left-out"], json.RootElement.GetProperty("per_kind").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Eval_LeaveAnswersOut_AsksEveryAnswerableFactWithoutItsAnswerSentencesAndCountsAbstentions()
    {
        var answers = Path.Combine(_cli.Folder, "answers.jsonl");
        var (code, output) = await Eval("--corpus", CliRun.RepoFile("seeds"), "--leave-answers-out", "--answers", answers);

        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(34, json.RootElement.GetProperty("questions").GetInt32());
        Assert.Equal(["answer-left-out"], json.RootElement.GetProperty("per_kind").EnumerateObject().Select(p => p.Name));
        // Whatever it answers, it cannot quote a sentence that holds the answer: those were taken out.
        var asked = Bot.Core.Evaluation.EvalQuestion.ReadFile(CliRun.RepoFile("TestData", "questions.jsonl")).ToDictionary(q => q.Id);
        var quotes = File.ReadAllLines(answers).Select(l => JsonDocument.Parse(l).RootElement)
            .SelectMany(l => l.GetProperty("quotes").EnumerateArray().Select(q => (Id: l.GetProperty("id").GetString()!, Text: q.GetProperty("text").GetString()!)));
        Assert.All(quotes, q => Assert.False(asked[q.Id].IsAnsweredBy(q.Text), q.Text));
    }

    [Fact]
    public async Task Eval_LowerCase_AsksEveryQuestionWithoutCapitals()
    {
        var answers = Path.Combine(_cli.Folder, "answers.jsonl");
        var (code, output) = await Eval("--corpus", CliRun.RepoFile("seeds"), "--lower-case", "--answers", answers);

        Assert.True(code == 0, output);
        var asked = File.ReadAllLines(answers).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()!).ToList();
        Assert.Equal(55, asked.Count);
        Assert.All(asked, q => Assert.Equal(q.ToLowerInvariant(), q));
    }

    [Fact]
    public async Task Eval_Answers_WritesOneLinePerQuestionAgreeingWithTheFigures()
    {
        var answers = Path.Combine(_cli.Folder, "answers.jsonl");
        var (code, output) = await Eval("--corpus", CliRun.RepoFile("seeds"), "--answers", answers);

        Assert.True(code == 0, output);
        var lines = File.ReadAllLines(answers).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(55, lines.Count);
        var facts = lines.Where(l => l.TryGetProperty("first_sentence_hit", out _)).ToList();
        double firstHits = facts.Count(l => l.GetProperty("first_sentence_hit").GetBoolean()) / (double)facts.Count;
        Assert.Equal(Figure(output, "first_sentence_hit"), Math.Round(firstHits, 3));
        Assert.All(lines.Where(l => !l.GetProperty("abstained").GetBoolean()), l => Assert.NotEqual(0, l.GetProperty("quotes").GetArrayLength()));
    }

    [Fact]
    public async Task Eval_WithoutCorpusOrIndex_SaysWhichOptionIsNeeded()
    {
        var (code, output) = await _cli.RunAsync("eval", "--questions", CliRun.RepoFile("TestData", "questions.jsonl"));

        Assert.Equal(1, code);
        Assert.Contains("--corpus DIR", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_SameDataAndSeedTwice_WritesBothModelsAndTheSameCard()
    {
        var first = await TrainAsync("a");
        var second = await TrainAsync("b");

        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
        Assert.True(File.Exists(Path.ChangeExtension(first, ".zip")));
        Assert.True(File.Exists(Path.ChangeExtension(first, ".answerable.zip")));
        using var card = JsonDocument.Parse(File.ReadAllText(first));
        Assert.InRange(card.RootElement.GetProperty("threshold").GetDouble(), 0.0, 1.0);
        Assert.True(card.RootElement.GetProperty("held_out").GetProperty("answerable").GetDouble() > 0);
    }

    [Fact]
    public async Task Train_SentenceOnly_ReplacesTheSentenceModelAndKeepsTheOthersAndTheThreshold()
    {
        var card = await TrainAsync("s");
        var model = Path.ChangeExtension(card, ".zip");
        byte[] answerable = File.ReadAllBytes(Path.ChangeExtension(card, ".answerable.zip"));
        byte[] passages = File.ReadAllBytes(Path.ChangeExtension(card, ".passages.zip"));
        double threshold = Figure(File.ReadAllText(card), "threshold");
        var set = $"{CliRun.RepoFile("seeds")}={CliRun.RepoFile("TestData", "questions.jsonl")}*2";

        var (code, output) = await _cli.RunAsync("train", "--set", set, "--out", model, "--trees", "10", "--leaves", "4", "--sentence-only");

        Assert.True(code == 0, output);
        Assert.Equal(answerable, File.ReadAllBytes(Path.ChangeExtension(card, ".answerable.zip")));
        Assert.Equal(passages, File.ReadAllBytes(Path.ChangeExtension(card, ".passages.zip")));
        using var written = JsonDocument.Parse(File.ReadAllText(card));
        Assert.Equal(threshold, written.RootElement.GetProperty("threshold").GetDouble());
        Assert.EndsWith("weight 2", written.RootElement.GetProperty("sentence_trained_on")[0].GetString(), StringComparison.Ordinal);
        var (evalCode, evalOutput) = await Eval("--corpus", CliRun.RepoFile("seeds"), "--ranker", model);
        Assert.True(evalCode == 0, evalOutput);
    }

    [Fact]
    public async Task Train_SentenceOnlyWithoutARanker_SaysToTrainAllThreeFirst()
    {
        var model = Path.Combine(_cli.Folder, "none", "answer-ranker.zip");
        var set = $"{CliRun.RepoFile("seeds")}={CliRun.RepoFile("TestData", "questions.jsonl")}";

        var (code, output) = await _cli.RunAsync("train", "--set", set, "--out", model, "--trees", "10", "--leaves", "4", "--sentence-only");

        Assert.Equal(1, code);
        Assert.Contains("run train without it first", output, StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public async Task Train_Cache_IsReusedOnlyWithTheSameSettings()
    {
        string cache = Path.Combine(_cli.Folder, "cache");
        string[] args = ["--cache", cache];

        var first = await TrainOutputAsync("c1", args);
        var second = await TrainOutputAsync("c2", args);
        Environment.SetEnvironmentVariable("Bot__Retrieval__KeepHeads", "0");
        try
        {
            var changed = await TrainOutputAsync("c3", args);
            Assert.DoesNotContain("reusing", changed, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Bot__Retrieval__KeepHeads", null);
        }

        Assert.DoesNotContain("reusing", first, StringComparison.Ordinal);
        Assert.Contains("reusing", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainNames_SeedQuestions_WritesWeightsForEveryFeatureAndAHeldOutCard()
    {
        var model = Path.Combine(_cli.Folder, "answer-names.json");
        var set = $"{CliRun.RepoFile("seeds")}={CliRun.RepoFile("TestData", "questions.jsonl")}";

        var (code, output) = await _cli.RunAsync("train-names", "--set", set, "--out", model);

        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(File.ReadAllText(model));
        Assert.Equal(json.RootElement.GetProperty("features").GetArrayLength(), json.RootElement.GetProperty("weights").GetArrayLength());
        Assert.InRange(json.RootElement.GetProperty("threshold").GetDouble(), 0.3, 0.95);
        Assert.Contains("held out by article", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_SetWithoutEquals_FailsNamingTheExpectedShape()
    {
        var (code, output) = await _cli.RunAsync("train", "--set", "seeds", "--out", Path.Combine(_cli.Folder, "m.zip"));

        Assert.Equal(1, code);
        Assert.Contains("CORPUS=QUESTIONS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainNames_WeightedSet_FailsSayingSetsAreNotWeighed()
    {
        var set = $"{CliRun.RepoFile("seeds")}={CliRun.RepoFile("TestData", "questions.jsonl")}*3";

        var (code, output) = await _cli.RunAsync("train-names", "--set", set, "--out", Path.Combine(_cli.Folder, "names.json"));

        Assert.Equal(1, code);
        Assert.Contains("does not weigh sets", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_LongArticles_WritesOneStoryPerParagraphAndRepointsTheQuestions()
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_cli.Folder, "long"));
        File.WriteAllText(Path.Combine(corpus.FullName, "Warsaw.txt"), "Warsaw\n\nWarsaw is the capital of Poland.\n\nThe Vistula runs through it.\n");
        var questions = Path.Combine(_cli.Folder, "q.jsonl");
        File.WriteAllLines(questions,
        [
            """{"id": "1", "question": "Which river runs through Warsaw?", "answers": ["Vistula"], "sources": ["Warsaw.txt"]}""",
            """{"id": "2", "question": "How many people live there?", "answers": ["1.7 million"], "sources": ["Warsaw.txt"]}""",
        ]);
        var output = Path.Combine(_cli.Folder, "stories");

        var (code, text) = await _cli.RunAsync("stories", "--corpus", corpus.FullName, "--questions", questions, "--out", output);

        Assert.True(code == 0, text);
        Assert.Equal("Warsaw\n\nThe Vistula runs through it.\n", File.ReadAllText(Path.Combine(output, "corpus", "Warsaw", "002.txt")));
        var written = Assert.Single(Bot.Core.Evaluation.EvalQuestion.ReadFile(Path.Combine(output, "q.jsonl")));
        Assert.Equal(["Warsaw/002.txt"], written.Sources);
        Assert.Contains("1 questions (1 left out: no single story holds an answer)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_FolderWithoutArticles_SaysSoAndWritesNothing()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_cli.Folder, "empty"));
        File.WriteAllText(Path.Combine(empty.FullName, "notes.md"), "# not an article");
        var output = Path.Combine(_cli.Folder, "out");

        var (code, text) = await _cli.RunAsync("stories", "--corpus", empty.FullName, "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("no .txt article", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "corpus")));
    }

    [Fact]
    public async Task Stories_MissingCorpus_NamesTheFolder()
    {
        var (code, output) = await _cli.RunAsync("stories", "--corpus", Path.Combine(_cli.Folder, "nowhere"), "--out", Path.Combine(_cli.Folder, "out"));

        Assert.Equal(1, code);
        Assert.Contains("nowhere: no such folder", output, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private Task<(int ExitCode, string Output)> Eval(params string[] args) =>
        _cli.RunAsync(["eval", "--questions", CliRun.RepoFile("TestData", "questions.jsonl"), "--json", .. args]);

    private async Task<string> TrainAsync(string name)
    {
        await TrainOutputAsync(name, []);
        return Path.Combine(_cli.Folder, name, "answer-ranker.json");
    }

    private async Task<string> TrainOutputAsync(string name, string[] more)
    {
        var model = Path.Combine(_cli.Folder, name, "answer-ranker.zip");
        var set = $"{CliRun.RepoFile("seeds")}={CliRun.RepoFile("TestData", "questions.jsonl")}";
        var (code, output) = await _cli.RunAsync(["train", "--set", set, "--out", model, "--folds", "2", "--trees", "10", "--leaves", "4", .. more]);
        Assert.True(code == 0, output);
        Assert.Contains("held-out best_sentence_hit", output, StringComparison.Ordinal);
        return output;
    }

    private static double Figure(string output, string name) => JsonDocument.Parse(output).RootElement.GetProperty(name).GetDouble();
}

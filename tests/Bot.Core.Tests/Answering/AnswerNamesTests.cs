using Bot.Core.Answering.Names;

namespace Bot.Core.Tests.Answering;

/// <summary>Naming the answer to a "Who" question in its sentence: the candidates, their features, and the built-in model.</summary>
public sealed class AnswerNamesTests
{
    private const string Maclure = "The first geological map of the U.S. was produced in 1809 by William Maclure.";
    private const string Miller = "Denver linebacker Von Miller was named Super Bowl MVP, recording five solo tackles, 2½ sacks, and two forced fumbles.";

    [Theory]
    [InlineData("Who produced the first geological map of the U.S.?", Maclure, "William Maclure")]
    [InlineData("Who was named Super Bowl MVP?", Miller, "Von Miller")]
    [InlineData("Who did Janjua meet in Tehran?", "Later, Gen Janjua met Iranian Interior Minister Abdolreza Rahmani Fazli for a discussion on border incidents.", "Iranian Interior Minister Abdolreza Rahmani Fazli")]
    [InlineData("Who is Iran's interior minister?", "Later, Gen Janjua met Iranian Interior Minister Abdolreza Rahmani Fazli for a discussion on border incidents.", "Abdolreza Rahmani Fazli")]
    public void Pick_AnswerSentence_NamesTheAnswer(string question, string sentence, string expected)
    {
        var name = AnswerNames.Pick(question, sentence);

        Assert.NotNull(name);
        Assert.Equal(expected, name.Text);
        Assert.InRange(name.Probability, AnswerNames.Model!.Threshold, 1.0);
    }

    // The governor is who did it: "Who did the governor put in charge …?" asks for whom he named, though the question's word
    // stands just before his name. The model took him; the pronoun is then read from the ages the story gives (AgedPronoun).
    [Theory]
    [InlineData("Who did the governor put in charge of the state water commission in June?")]
    [InlineData("who has the governor named to run the water commission?")]
    public void Pick_AQuestionForWhomSomeoneActedOn_NeverNamesTheDoer(string question) =>
        Assert.NotEqual("Governor Alfonso Ibarra Montaño", AnswerNames.Pick(question,
            "HERMOSILLO, Sonora, June 9 — Governor Alfonso Ibarra Montaño on Monday named Teresa Camou Valdés, his finance secretary since 2021, as director general of the Comisión Estatal del Agua (CEA).")?.Text);

    // No doer stands after "has": the one appointed is asked for, and named after "appointed".
    [Fact]
    public void Pick_APassiveQuestion_NamesTheOneActedOn() =>
        Assert.Equal("New Zealander Aaron Whitfield", AnswerNames.Pick("Who has been appointed head coach of Redmarsh Falcons?",
            "Rugby union club Redmarsh Falcons have appointed New Zealander Aaron Whitfield as their new head coach on a three-year contract.")?.Text);

    [Fact]
    public void Pick_QuestionThatIsNotWho_NamesNothing() =>
        Assert.Null(AnswerNames.Pick("When was the first geological map of the U.S. produced?", Maclure));

    [Fact]
    public void Pick_NoNameLikelyEnough_NamesNothing() =>
        Assert.Null(AnswerNames.Pick("Who won Super Bowl 50?",
            "The American Football Conference (AFC) champion Denver Broncos defeated the National Football Conference (NFC) champion Carolina Panthers 24–10 to earn their third Super Bowl title."));

    [Fact]
    public void Candidates_OpeningWordsAndDates_AreNotNames()
    {
        var names = AnswerNameFeatures.Candidates("Who refused?", "However, on May 3, 2013, under Governor Rick Scott the Florida legislature refused.").Select(c => c.Text);

        Assert.Equal(["Governor Rick Scott", "Florida"], names);
    }

    [Fact]
    public void Candidates_QuestionWordsLeadingIntoAName_AreNotPartOfIt() =>
        Assert.Equal(["Abdolreza Rahmani Fazli"], AnswerNameFeatures.Candidates("Who is Iran's interior minister?", "Iranian Interior Minister Abdolreza Rahmani Fazli said so.").Select(c => c.Text));

    [Fact]
    public void Candidates_PunctuationEndsANameButAnInitialDoesNot()
    {
        var names = AnswerNameFeatures.Candidates("Who led the delegation?", "Major General Afzal Aman, Director General Military Operations (DGMO), met Kurt H. Debus and Lt. Gen. Nadeem Anjum.").Select(c => c.Text);

        Assert.Equal(["Major General Afzal Aman", "Director General Military Operations", "DGMO", "Kurt H. Debus", "Lt. Gen. Nadeem Anjum"], names);
    }

    [Fact]
    public void Candidates_NamesTheQuestionHoldsAndAnOpeningThe_AreNotCandidates()
    {
        var names = AnswerNameFeatures.Candidates("Who was named Super Bowl MVP?", Miller).Select(c => c.Text).ToList();

        Assert.Equal(["Denver", "Von Miller"], names);
        Assert.DoesNotContain(AnswerNameFeatures.Candidates("Who produced the map?", Maclure), c => c.Text.StartsWith("The", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("by William Maclure", "after_by", 1)]
    [InlineData("(AFC) champion", "in_parentheses", 1)]
    [InlineData("quarterback Cam Newton threw", "after_title", 1)]
    [InlineData("Cam Newton threw", "opens_sentence", 1)]
    [InlineData("the Bank of England raised", "words", 3)]
    public void Candidates_FirstName_HasTheShapeFeature(string sentence, string feature, float expected)
    {
        var first = AnswerNameFeatures.Candidates("Who did it?", sentence)[0];

        Assert.Equal(expected, first.Features[Array.IndexOf(AnswerNameFeatures.Names, feature)]);
    }

    [Fact]
    public void Candidates_QuestionWordsAroundAName_CountTowardItsWindow()
    {
        var near = AnswerNameFeatures.Candidates("Who opened the new bridge?", "The new bridge was opened by Transport Minister Ali Khan on Monday, officials in Lahore said.");
        int within3 = Array.IndexOf(AnswerNameFeatures.Names, "within_3");

        Assert.True(near.Single(c => c.Text == "Transport Minister Ali Khan").Features[within3] > near.Single(c => c.Text == "Lahore").Features[within3]);
    }

    [Fact]
    public void Model_BuiltIn_MatchesTheFeaturesAndWasMeasuredHeldOut()
    {
        var model = AnswerNames.Model!;

        Assert.Equal(AnswerNameFeatures.Names, model.Features);
        Assert.Equal(AnswerNameFeatures.Names.Length, model.Weights.Count);
        Assert.True(model.HeldOut!.Precision >= 0.8);
    }

    [Fact]
    public void Fit_SameExamplesTwice_GivesTheSameWeights()
    {
        AnswerNameExample[] examples =
        [
            new("Who produced the first geological map?", Maclure, ["William Maclure"], "Geology"),
            new("Who was named MVP?", Miller, ["Von Miller"], "Super_Bowl"),
            new("Who opened the bridge?", "The bridge was opened by Ali Khan in Lahore.", ["Ali Khan"], "Bridge"),
            new("Who led the talks?", "Gen Janjua led the talks in Tehran with Ali Shamkhani.", ["Gen Janjua", "Janjua"], "Iran"),
        ];

        Assert.Equal(AnswerNameTrainer.Fit(examples).Weights, AnswerNameTrainer.Fit(examples).Weights);
    }

    [Fact]
    public void LoadFile_MissingOrForOtherFeatures_NamesTheSettingAndTheFix()
    {
        var folder = Directory.CreateTempSubdirectory("names");
        var stale = Path.Combine(folder.FullName, "stale.json");
        File.WriteAllText(stale, """{"features": ["distance"], "weights": [1], "bias": 0, "threshold": 0.5}""");

        var missing = Assert.Throws<InvalidDataException>(() => AnswerNames.LoadFile(Path.Combine(folder.FullName, "none.json")));
        var other = Assert.Throws<InvalidDataException>(() => AnswerNames.LoadFile(stale));

        Assert.Contains("bot train-names", missing.Message, StringComparison.Ordinal);
        Assert.Contains("not written for these features", other.Message, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }
}

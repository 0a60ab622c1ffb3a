using Bot.Core.Answering;
using Bot.Core.Text;

namespace Bot.Core.Tests.Answering;

public sealed class QuestionTermsTests
{
    [Theory]
    [InlineData("Who led the Afghan delegation in Rawalpindi?", "Afghan|Rawalpindi")]
    [InlineData("What did the ISI tell Obama?", "ISI|Obama")]
    // Plural acronyms are common nouns: "MPs" may be written "lawmakers", "NGOs" "aid groups".
    [InlineData("What did MPs and NGOs ask of Obama?", "Obama")]
    [InlineData("Which DVDs did the Taliban burn?", "Taliban")]
    // Dotted acronyms are one name, as the index's tokenizer reads them (a claim's closing "." may be cut off).
    [InlineData("Who drew the first map of the U.S.?", "U.S.")]
    [InlineData("where does it say the U.N. asked the U.S", "U.N.|U.S")]
    // "I" is no one's name.
    [InlineData("If I'm under 26, what's the cheapest I can get a ticket for at the Westbay festival?", "Westbay")]
    // A reporting period is no name, nor are letters news writes out in lower case ("initial public offering", "chief executive").
    [InlineData("What were Vasudha Foods Q1 net profit and H2 outlook?", "Vasudha|Foods")]
    [InlineData("What did Harwick report for FY24?", "Harwick")]
    [InlineData("What was the price band for the Annapurna IPO?", "Annapurna")]
    [InlineData("How much will a pensioner in a R1.2m house in Kwaggasrand pay?", "Kwaggasrand")]
    [InlineData("Who is the CEO of Fennick Labs?", "Fennick|Labs")]
    public void Names_CapitalisedWordsAfterTheFirst_ButNotPluralAcronyms(string question, string expected) =>
        Assert.Equal(expected.Split('|'), QuestionTerms.Names(question));

    [Theory]
    [InlineData("Is it true that the Taliban closed Torkham?", "taliban|close|torkham")]
    [InlineData("is it really correct that rabies is spreading?", "rabi|spread")]
    // "true" outside the frame is a word like any other.
    [InlineData("What number did the Greeks not regard as a true number?", "number|greek|regard|true")]
    [InlineData("Who won the Nobel Prize in 1905?", "won|nobel|prize|1905")]
    // Hedges ask nothing the sentence must hold.
    [InlineData("Where exactly is the Taliban's very first office?", "taliban|first|offic")]
    // "So far" and "at the moment" say when the reader asks; "so far over budget" is a measure.
    [InlineData("is torkham closed at the moment", "torkham|close")]
    [InlineData("how many people have died so far?", "peopl|have|di")]
    [InlineData("why did it go so far over budget?", "go|so|far|over|budget")]
    public void From_ClaimCheckFrame_IsNotPartOfTheQuestion(string question, string expected)
    {
        using var corpus = new Bot.Core.Retrieval.LexicalIndex([("The Taliban closed Torkham.", "Story")]);

        Assert.Equal(expected.Split('|'), QuestionTerms.From(question, corpus).Terms.Select(t => t.Term));
    }

    [Theory]
    [InlineData("uk", true)]
    [InlineData("unit kingdom", true)]
    // Its people's adjective, read both ways (countries.tsv), but not its seat of government.
    [InlineData("british", true)]
    [InlineData("london", false)]
    public void In_ACountrysNameIsHeldByAnotherOfItsNames(string said, bool expected)
    {
        using var corpus = new Bot.Core.Retrieval.LexicalIndex([("Kairo has sold 1.1 million consoles in the UK, and Britain loves it.", "Story")]);
        var britain = QuestionTerms.From("How many consoles has Kairo sold in Britain?", corpus).Terms.Single(t => t.Word == "Britain");

        Assert.Equal(expected, britain.In(said.Split(' ').ToHashSet()));
    }

    [Fact]
    public void In_AnotherNameIsHeldOnlyAsItself()
    {
        using var corpus = new Bot.Core.Retrieval.LexicalIndex([("Kairo has sold 1.1 million consoles in the UK.", "Story")]);
        var kairo = QuestionTerms.From("How many consoles has Kairo sold in Britain?", corpus).Terms.Single(t => t.Word == "Kairo");

        Assert.False(kairo.In(new HashSet<string> { "uk", "consol" }));
    }

    [Fact]
    public void From_DottedAcronym_IsTheTermTheArticlesUse()
    {
        using var corpus = new Bot.Core.Retrieval.LexicalIndex([("The U.S. asked the Taliban to talk.", "Story")]);

        var terms = QuestionTerms.From("What did the U.S. ask of the Taliban?", corpus).Terms;

        Assert.All(terms, t => Assert.True(t.InCorpus, t.Word));
        Assert.Contains(terms, t => t.Word == "U.S.");
    }

    [Theory]
    // A name the articles write by another of its names is one they use: a party's nickname, a country's people.
    [InlineData("What did the Tories do in the vote?", "Tories", "The Conservatives abstained in the vote.")]
    [InlineData("How much will it cost Americans?", "Americans", "It goes on sale in North America at $249.")]
    [InlineData("Who kicked the Scottish points?", "Scottish", "Neil Baird kicked 14 points as Scotland won.")]
    public void From_ANameWrittenByAnotherOfItsNames_IsInTheCorpus(string question, string name, string passage)
    {
        using var corpus = new Bot.Core.Retrieval.LexicalIndex([(passage, "Story")]);

        var terms = QuestionTerms.From(question, corpus).Terms;

        Assert.Contains(terms, t => t.Word == name && t.InCorpus && t.In(EnglishTerms.Analyze(passage).ToHashSet()));
    }

    [Fact]
    public void From_LettersJoinedByADot_AreTheTermTheArticlesUse()
    {
        using var corpus = new Bot.Core.Retrieval.LexicalIndex([("The virus, known as Zorba.B, arrives in an e-mail.", "Story")]);

        var terms = QuestionTerms.From("What does the Zorba.B attachment do once it's opened?", corpus).Terms;

        Assert.Contains(terms, t => t.Word == "Zorba.B" && t.InCorpus);
    }

    [Theory]
    // An amount with its unit is one word, as the index reads it; an ordinal or a decade stays apart.
    [InlineData("Vellmark will spend 5bn euros", "Vellmark|will|spend|5bn|euros")]
    [InlineData("profits of £212m and 1.3tn roubles", "profits|of|212m|and|1.3tn|roubles")]
    // A sum written with its currency's letters, as the index reads it.
    [InlineData("a pensioner in a R1.2m house", "a|pensioner|in|a|R1.2m|house")]
    [InlineData("the 19th century and the 1990s", "the|19|th|century|and|the|1990|s")]
    [InlineData("Zorba.B, unlike Zorba.A.", "Zorba.B|unlike|Zorba.A")]
    public void Words_AmountsWithTheirUnitAndDottedNames_AreOneWord(string text, string expected) =>
        Assert.Equal(expected.Split('|'), QuestionTerms.Words(text).Select(w => w.Word));

    [Theory]
    [InlineData("Lumo's", "Lumo")]
    [InlineData("Kabul’s", "Kabul")]
    [InlineData("Marshes'", "Marshes")]
    [InlineData("Pakistan", "Pakistan")]
    public void WithoutPossessive_DropsTheEndingOnly(string word, string expected) =>
        Assert.Equal(expected, QuestionTerms.WithoutPossessive(word));

    [Theory]
    // A chat question may open with its subject.
    [InlineData("McAllister", true)]
    [InlineData("Harwick's", true)]
    [InlineData("Novalink", true)]
    // Words that open questions, and English words, are capitalised only because they come first.
    [InlineData("What", false)]
    [InlineData("What's", false)]
    [InlineData("Whic", false)]
    [InlineData("During", false)]
    [InlineData("Were", false)]
    [InlineData("Name", false)]
    [InlineData("MPs", false)]
    [InlineData("harwick", false)]
    public void OpensWithName_AFirstWordNoQuestionOpensWith(string word, bool expected) =>
        Assert.Equal(expected, QuestionTerms.OpensWithName(word));

    [Theory]
    [InlineData("McAllister prize money?", "McAllister", true)]
    // The articles write it in lower case too: an English word WordNet lacks, capitalised because it comes first.
    [InlineData("Petrologists study what?", "Petrologists", false)]
    // A first word no article uses stays a plain word: it may be a slip, not a name nobody reports.
    [InlineData("Mcalister prize money?", "Mcalister", false)]
    public void From_FirstWord_IsANameWhenThePassagesWriteItAsOne(string question, string word, bool expected)
    {
        string[] passages = ["Ross McAllister won £540,000 in prize money, said McAllister's coach.", "Petrologists study rocks. Many petrologists do."];
        using var corpus = new Bot.Core.Retrieval.LexicalIndex(passages.Select(p => (p, "Story")).ToList());

        var terms = QuestionTerms.From(question, corpus, w => Truecase.WritesAsName(w, passages)).Terms;

        Assert.Equal(expected, terms.Single(t => t.Word == word).IsName);
        Assert.DoesNotContain(terms, t => t.Word != word && t.IsName);
    }
}

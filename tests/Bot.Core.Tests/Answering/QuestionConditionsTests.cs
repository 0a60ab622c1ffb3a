using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class QuestionConditionsTests
{
    [Theory]
    [InlineData("Who was the deputy administrator of NASA in 1953?", "1953")]
    [InlineData("What did Paul Baran develop in the late 1950's?", "1950's")]
    [InlineData("How did sales change between 2003 and 2004?", "2003,2004")]
    [InlineData("How many stores will Harbour Foods open?", "")]
    // Amounts and counts are not years.
    [InlineData("Was it sold for $1999 or 1,500 pounds?", "")]
    public void Years_TheYearsAndDecadesTheQuestionNames(string question, string expected) =>
        Assert.Equal(expected, string.Join(',', QuestionConditions.Of(question).Years));

    [Theory]
    [InlineData("Who ran NASA in 1953?", "In July 1960, NASA Deputy Administrator Hugh Dryden announced the Apollo program.", "1953")]
    [InlineData("Who ran NASA in 1960?", "In July 1960, NASA Deputy Administrator Hugh Dryden announced the Apollo program.", "")]
    [InlineData("What did Paul Baran develop in the late 1950s?", "In 1959 Paul Baran began work on distributed networks.", "")]
    [InlineData("What did Paul Baran develop in the late 1950s?", "In 1964 Paul Baran published his study.", "1950s")]
    // A range writes its last year too.
    [InlineData("Who was imprisoned in Newcastle by the Scots in 1646 through 1647?", "Charles I was imprisoned in Newcastle by the Scots in 1646–7.", "")]
    [InlineData("What happened in 1918?", "The war of 1914-18 ended.", "")]
    // An article that writes no year may date its events otherwise ("last year"): not held to the question's year.
    [InlineData("How much did Harbour Foods make in 2004?", "Harbour Foods made £212m last year.", "")]
    // Nor one that dates by the year it was written, when that may be the question's: "last year" may be 2004, not 1990.
    [InlineData("How much did Harbour Foods make in 2004?", "Harbour Foods made £212m last year, its best since 1998.", "")]
    [InlineData("How much did Harbour Foods make in 1990?", "Harbour Foods made £212m last year, its best since 1998.", "1990")]
    public void Unwritten_AYearTheArticleNeverWritesThoughItWritesOthers(string question, string article, string expected) =>
        Assert.Equal(expected, string.Join(',', QuestionConditions.Of(question).Unwritten(article)));

    [Theory]
    [InlineData("what was kenya's inflation rate in april", "Inflation had eased to 5.8 per cent in March from 6.3 per cent in February.", "4")]
    [InlineData("what was the inflation rate in March", "Inflation had eased to 5.8 per cent in March from 6.3 per cent in February.", "")]
    // "will march" is a verb; "Sept 14" is September.
    [InlineData("Who will march on the capital?", "Protesters gathered in February.", "")]
    // A month that names a thing does not date the question.
    [InlineData("What famous July Fourth holiday movie did Fox advertise?", "Fox paid for trailers in February.", "")]
    [InlineData("What was the bank rate on 3 April?", "The rate was cut in March.", "4")]
    [InlineData("What happened in September?", "NAIROBI, Sept 14 — Talks resumed.", "")]
    // An article that writes no month, or dates by the month it was written, is not held to the question's.
    [InlineData("What was inflation in April?", "Inflation eased to 5.8 per cent.", "")]
    [InlineData("What was inflation in April?", "Inflation eased last month, from 6.3 per cent in February.", "")]
    public void UnwrittenMonths_AMonthTheArticleNeverWritesThoughItWritesOthers(string question, string article, string expected) =>
        Assert.Equal(expected, string.Join(',', QuestionConditions.Of(question).UnwrittenMonths(article)));

    [Fact]
    public void UnmetInArticle_NamesTheMonthNeverWritten() =>
        Assert.Equal("April", QuestionConditions.Of("What was the inflation rate in April?").UnmetInArticle("Inflation eased to 5.8 per cent in March.")?.Word);

    [Fact]
    public void UnwrittenMonths_NotHeldWhenPublishedThatMonthOrTheNext() =>
        Assert.Empty(QuestionConditions.Of("What was the inflation rate in April?").UnwrittenMonths("Inflation eased on Tuesday, from 6.3 per cent in March.", new DateOnly(2024, 5, 2)));

    [Theory]
    [InlineData("What is the smallest city in Poland?", "Warsaw is the largest city in Poland.", "smallest", "largest")]
    [InlineData("Who is the youngest quarterback to play in a Super Bowl?", "He is also the oldest quarterback ever to play in a Super Bowl at age 39.", "youngest", "oldest")]
    [InlineData("What festival is held in October in Newcastle?", "The Newcastle Beer Festival takes place in April.", "October", "April")]
    public void Opposed_TheQuestionWordWhoseOppositeTheSentenceSays(string question, string sentence, string asked, string said) =>
        Assert.Equal((asked, said), QuestionConditions.Of(question).Opposed(sentence));

    [Theory]
    [InlineData("What is the largest city in Poland?", "Warsaw is the largest city in Poland.")]
    [InlineData("Who lost to the Panthers?", "The Panthers beat the Seahawks to win 31–24.")]
    [InlineData("When did the tribes claim territory in north and west Europe?", "The tribes expanded throughout northern and western Europe, but not eastern Europe.")]
    public void Opposed_NullWhenNoOppositeIsSaidInItsPlace(string question, string sentence) =>
        Assert.Null(QuestionConditions.Of(question).Opposed(sentence));

    [Theory]
    // The year: the sentence's article never writes it.
    [InlineData("Who ran NASA in 1953?", "Hugh Dryden announced the Apollo program.", "In July 1960, NASA Deputy Administrator Hugh Dryden announced the Apollo program.", "1953")]
    // A negated question against a sentence that says nothing negative.
    [InlineData("Which team did not get a chance to defend their title?", "The Broncos finished 12–4 and won the title.", null, "not")]
    [InlineData("What happened to the Saturn Vs that were never used?", "The two Saturn Vs became museum exhibits.", null, "never")]
    [InlineData("Why didn't the union accept the offer?", "The union met on Monday to discuss the offer.", null, "n't")]
    [InlineData("What festival is not held in October?", "The Evolution Festival is held in October.", null, "not")]
    public void Unmet_TheWordTheSentenceFails(string question, string sentence, string? article, string expected) =>
        Assert.Equal(expected, Unmet(QuestionConditions.Of(question), sentence, article)?.Word);

    [Theory]
    [InlineData("Who ran NASA in 1960?", "Hugh Dryden announced the Apollo program.", "In July 1960, NASA Deputy Administrator Hugh Dryden announced the Apollo program.")]
    // A negative other than "not" answers a negated question.
    [InlineData("Which team did not get a chance to defend their title?", "The Broncos denied the Patriots a chance to defend their title.", null)]
    [InlineData("What happened to the Saturn Vs that were never used?", "The two unused Saturn Vs became museum exhibits.", null)]
    [InlineData("Which firm has not reported its results?", "Vellmark has yet to report its results.", null)]
    [InlineData("What did the chancellor say he would not do?", "The chancellor ruled out a rise in income tax.", null)]
    [InlineData("Who showed that Newton's theory was not as correct as another?", "This was the first time Newton's theory had been shown to be less correct than another.", null)]
    // "Not only", "whether or not", "not-violent": nothing negative is asked.
    [InlineData("What does a not-violent protest give society more of?", "Refraining from violence preserves society's tolerance.", null)]
    [InlineData("Which firm not only cut jobs but also closed stores?", "Vellmark cut 1,200 jobs and closed two plants.", null)]
    [InlineData("Did the club say whether or not the coach would stay?", "The club said the coach would stay.", null)]
    public void Unmet_NullWhenTheSentenceMeetsEveryCondition(string question, string sentence, string? article) =>
        Assert.Null(Unmet(QuestionConditions.Of(question), sentence, article));

    [Fact]
    public void Unwritten_APublishedArticlesLastYearIsTheYearBefore()
    {
        var conditions = QuestionConditions.Of("How much did Harbour Foods make in 2004?");
        const string article = "Harbour Foods made £212m last year, its best since 1998.";

        Assert.Empty(conditions.Unwritten(article, new DateOnly(2005, 3, 1)));
        Assert.Equal(["2004"], conditions.Unwritten(article, new DateOnly(2012, 3, 1)));
    }

    [Theory]
    [InlineData("Who bought the factory in 2005?", "In 1995 the factory was purchased by Daewoo.", true)]
    [InlineData("Who bought the factory in 2005?", "In 2005 the factory was sold to AvtoZAZ.", false)]
    // No year at all: the year may be written in the sentence before.
    [InlineData("Who bought the factory in 2005?", "The factory was sold to AvtoZAZ, a Ukrainian car maker.", false)]
    [InlineData("Who was imprisoned in Newcastle in 1647?", "Charles I was imprisoned in Newcastle by the Scots in 1646–7.", false)]
    [InlineData("Who bought the factory?", "In 1995 the factory was purchased by Daewoo.", false)]
    [InlineData("How much did profits rise in 2004?", "Profits rose 20% last year, the most since 1998.", false)]
    public void DatedOtherwise_TheSentenceDatesWhatItSaysToOtherYears(string question, string sentence, bool expected) =>
        Assert.Equal(expected, QuestionConditions.Of(question).DatedOtherwise(sentence));

    // As the answerer reads them: the article's condition, then the sentence's.
    private static UnmetCondition? Unmet(QuestionConditions conditions, string sentence, string? article) =>
        conditions.UnmetInArticle(article) ?? conditions.UnmetInSentence(sentence);
}

using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class ContrastsTests
{
    [Theory]
    [InlineData("the museum will close to visitors", "The museum will open to visitors in May.", "close", "open")]
    [InlineData("Harbour Foods will close 35 stores", "Harbour Foods also said it would open 35 new stores next year.", "close", "open")]
    [InlineData("Lumo sold PixelRiver", "Lumo Studios has bought its smaller rival PixelRiver for $90m.", "sold", "bought")]
    [InlineData("Cambodia hit its target of 1 million tonnes of rice exports", "The government aims to export 1 million tonnes of milled rice a year by 2025, a target first set in 2010 and missed every year since.", "hit", "missed")]
    [InlineData("Marsh was coached by his father", "Marsh was coached by his mother until the age of 16.", "father", "mother")]
    [InlineData("profits fell to £100m", "Quarterly profits rose 41% to £212m.", "fell", "rose")]
    [InlineData("Martin Keogh was sacked by the councillors", "Chief executive Martin Keogh has resigned with almost two years left on his contract.", "sacked", "resigned")]
    [InlineData("the High Court scrapped the lake beautification project", "The Telangana High Court on Monday stayed all construction at the lake, where a beautification project is under way.", "scrapped", "stayed")]
    [InlineData("Brightwater Energy is cutting its prices by 8%", "Brightwater Energy is to raise prices for its two million household customers by 8%.", "cutting", "raise")]
    // "Went up" is a rise, "gone down" a fall.
    [InlineData("violent crime went up by more than a tenth", "The survey showed violent crime falling by 11% over the same period.", "went up", "falling")]
    [InlineData("house prices have gone down", "House prices rose 3% in the year to March.", "gone down", "rose")]
    // "Missed out" loses.
    [InlineData("Daniel Kerrow won best actor at the awards", "But its star, Daniel Kerrow, missed out on best actor, which went to Stephen Oyelaran.", "won", "missed out")]
    // One of a series is not another.
    [InlineData("How many viewers watched the second episode of Ashdown Hall?", "Ashdown Hall drew an average audience of 8.2 million viewers for its first episode.", "second", "first")]
    // The question's word is said of something else ("second place"), the opposite of the thing asked ("first weekend").
    [InlineData("How much did The Salt Road take in its second weekend?", "The Salt Road took £2.4m in its first weekend, pushing a thriller into second place.", "second", "first")]
    // Joined to what it is said of, on either side.
    // To be shortlisted is not to have won; an operating profit is no net profit.
    [InlineData("who won best british group at the brits", "The band are shortlisted for best British group and best British album.", "won", "shortlisted")]
    [InlineData("What was Hallberg's net profit in 2008?", "Hallberg said operating profit fell by more than half to 161 million euros.", "net", "operating")]
    // A majority decision is not a unanimous one.
    [InlineData("Dauletov won on a unanimous decision", "Dauletov won the vacant title, beating Alcaraz Mendoza by majority decision.", "unanimous", "majority")]
    public void Swapped_TheSentenceSaysTheOppositeInItsPlace_NamesBoth(string claim, string sentence, string claimed, string said) =>
        Assert.Equal((claimed, said), Contrasts.Swapped(claim, sentence));

    [Theory]
    // The claim's own word is there too.
    [InlineData("Harbour Foods will open 35 stores", "Harbour Foods will open 35 new stores and close two.")]
    // In the passive the opposite says the same: the factory "was sold to AvtoZAZ", so AvtoZAZ bought it.
    [InlineData("AvtoZAZ bought the factory in 2005", "In 2005 the factory was sold to AvtoZAZ, a Ukrainian car manufacturer.")]
    // Words with no opposite in the table.
    [InlineData("Iran sought cooperation from Pakistan", "Iran on Monday asked Pakistan for cooperation.")]
    // A word after a number is what it counts: "11 seconds" is time, not the second of a series.
    [InlineData("Newton was sacked as the first half clock expired", "But with 11 seconds left, Newton was sacked by DeMarcus Ware as time expired in the half.")]
    // A claim that holds both words of a pair is not swapped by either.
    [InlineData("shares rose and then fell", "Shares fell in early trading.")]
    // "Went up" that says the same, and "up" after another verb.
    [InlineData("violent crime went up", "Violent crime has risen by 12% in a year.")]
    [InlineData("the council set up a fund", "The council's fund fell by £2m.")]
    [InlineData("the bus missed its stop", "The bus lost time in traffic.")]
    // The claim denies its word, so the sentence's opposite says the same.
    [InlineData("the merger deal promises no branch will close for a few years", "The merger agreement guarantees all branches stay open for at least three years.")]
    // The question's word with nothing after it ("early in the fourth, the Broncos"), or joined to its thing ("third-quarter").
    [InlineData("Early in the fourth quarter, the Broncos drove to what yard line?", "There was no scoring in the third quarter, but early in the fourth, the Broncos drove to the 41-yard line.")]
    [InlineData("What net profit did Formosa Silicon report for the third quarter?", "Formosa Silicon reported a third-quarter net profit, reversing a loss in the first quarter.")]
    // A follow-up asks about both quarters; a winner has won; to beat the shortlist is to win.
    [InlineData("What net profit did Formosa report for the third quarter and in the first quarter?", "Formosa's net profit in the first quarter was 1bn dollars.")]
    // "Close to" an amount is near it, not shut.
    [InlineData("close to 40% of the council's spending goes on adult care", "Nearly four in ten pounds the council spends now goes on adult social care, and two libraries were opened.")]
    [InlineData("How many Grammys has Lady Gaga won?", "Six-time Grammy winner and Academy Award nominee Lady Gaga sang the anthem.")]
    [InlineData("What was the title of the book that won the Harland Prize?", "The Keeper's Daughters beat five other books on the shortlist.")]
    public void Swapped_NoOppositeInTheClaimsPlace_IsNull(string claim, string sentence) =>
        Assert.Null(Contrasts.Swapped(claim, sentence));

    // A question's word of a series is read apart from what it is said of, and only against the same thing.
    [Theory]
    [InlineData("What were Hessle & Crane's third-quarter profits?", "Second-quarter pre-tax profit at Hessle & Crane fell 7 per cent to £5.1 million.", "Second")]
    [InlineData("Who scored the Panthers' first touchdown?", "Stewart ran in from the one-yard line after a third-quarter drive.", null)]
    public void Swapped_AQuestion_ReadsASeriesWordOfItsThing(string question, string sentence, string? said) =>
        Assert.Equal(said, Contrasts.Swapped(question, sentence, question: true)?.Said);

    [Theory]
    // Only the other side of an event can say the same thing in the passive; "was the best" still says "best".
    [InlineData("It was the worst example of Polish monumental theatre", "The Bogusławski Theatre was the best example of Polish monumental theatre.", "worst", "best")]
    [InlineData("the port was opened on Monday", "The port was closed on Monday after the strike.", "opened", "closed")]
    public void Swapped_ThePassiveExcusesOnlyTheOtherSideOfAnEvent(string claim, string sentence, string claimed, string said) =>
        Assert.Equal((claimed, said), Contrasts.Swapped(claim, sentence));

    [Theory]
    // A question may ask about either side of what a sentence reports: who lost is answered by who won.
    [InlineData("Who lost to the Panthers in the divisional round?", "The Panthers beat the Seattle Seahawks in the divisional round to win 31–24.")]
    [InlineData("Who sold PixelRiver?", "Lumo Studios has bought its smaller rival PixelRiver for $90m.")]
    [InlineData("What happened before the final?", "After the semi-final, Marsh rested for two days.")]
    public void Swapped_AQuestion_MayAskAboutEitherSideOfAnEvent(string question, string sentence)
    {
        Assert.Null(Contrasts.Swapped(question, sentence, question: true));
        Assert.NotNull(Contrasts.Swapped(question, sentence));
    }

    [Theory]
    // In a question, a word of a name is not a word of the question.
    [InlineData("Which station covered the game for North Carolina?", "KOA and WBT are clear-channel stations, audible over much of the western United States.")]
    [InlineData("How long would an invasion of the Middle East last?", "Intelligence warned that the occupation would need to last 10 years as the West watched.")]
    public void Swapped_AQuestion_ReadsNamesAsNames(string question, string sentence) =>
        Assert.Null(Contrasts.Swapped(question, sentence, question: true));

    [Theory]
    // A sentence that denies the opposite does not say it.
    [InlineData("What prohibits atoms from passing through each other?", "The Pauli exclusion principle does not allow atoms to pass through each other.")]
    [InlineData("the port opened on Monday", "The port did not close on Monday.")]
    public void Swapped_NotWhenTheSentenceDeniesTheOpposite(string claim, string sentence) =>
        Assert.Null(Contrasts.Swapped(claim, sentence, question: claim.EndsWith('?')));

    [Theory]
    [InlineData("What was the last building built on the campus?", "The first buildings of the campus were built in 1892.", "last", "first")]
    [InlineData("What is the least common cause of injury on site?", "Falls are one of the most common causes of injuries on site.", "least", "most")]
    public void Swapped_FirstAndLastMostAndLeast_AreOpposites(string question, string sentence, string asked, string said) =>
        Assert.Equal((asked, said), Contrasts.Swapped(question, sentence, question: true));

    [Theory]
    // "Last year" dates and "at least" counts.
    [InlineData("What did the club win last year?", "In its first season under Kubiak the club won the cup.")]
    [InlineData("What is the most common cause of injury?", "At least 20 workers were injured by falls.")]
    [InlineData("When was the last Super Bowl in California?", "It is the first Super Bowl in California since Super Bowl XXXVII in 2003.")]
    [InlineData("What is the last name of the player who scored?", "Miller became the first linebacker to score twice.")]
    [InlineData("Which company held its last contest for fans to make adverts?", "For the first time, the host committee sought small suppliers.")]
    [InlineData("Most imperialism was carried out using which method of transport?", "Informal imperialism was at least as effective as conquest.")]
    // The sentence says the question's word in other words too.
    [InlineData("Which areas were least vulnerable to disease?", "The most isolated areas were less vulnerable to contagion.")]
    public void Swapped_LastOfADateAndLeastOfACount_AreNoOpposites(string question, string sentence) =>
        Assert.Null(Contrasts.Swapped(question, sentence, question: true));
}

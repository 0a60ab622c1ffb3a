using Bot.Core.Answering;
using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Answering;

public sealed class MisspellingsTests
{
    [Theory]
    [InlineData("frensh", "french", true)]
    [InlineData("milennium", "millennium", true)]
    [InlineData("kievian", "kievan", true)]
    [InlineData("brainbridge", "bainbridge", true)]
    [InlineData("celeron", "celoron", true)]
    [InlineData("peshwaar", "peshawar", true)]
    [InlineData("ghengis", "genghis", false)]
    [InlineData("austria", "australia", false)]
    [InlineData("kabul", "kabul", true)]
    public void WithinOneSlip_OneLetterAddedDroppedChangedOrSwapped(string a, string b, bool expected)
    {
        Assert.Equal(expected, Misspellings.WithinOneSlip(a, b));
        Assert.Equal(expected, Misspellings.WithinOneSlip(b, a));
    }

    [Theory]
    [InlineData("ghengis", "genghis", true)]
    [InlineData("ghandi", "gandhi", true)]
    // Two neighbours swapped is one slip already; a letter moved four places, or two changed, is not a moved letter.
    [InlineData("genghsi", "genghis", false)]
    [InlineData("hamaz", "hamza", false)]
    [InlineData("abcdefg", "bcdeafg", false)]
    [InlineData("celeron", "celoron", false)]
    [InlineData("ghengis", "ghengis", false)]
    public void LetterMoved_OneLetterMovedUpToThreePlaces(string a, string b, bool expected)
    {
        Assert.Equal(expected, Misspellings.LetterMoved(a, b));
        Assert.Equal(expected, Misspellings.LetterMoved(b, a));
    }

    [Theory]
    [InlineData("What was Frensh military presence at the start of the war?", "No French regular army troops were stationed in North America.", "What was French military presence at the start of the war?")]
    [InlineData("Who commissioned the Gateshead Milennium Bridge?", "The Gateshead Millennium Bridge was commissioned by Gateshead Council.", "Who commissioned the Gateshead Millennium Bridge?")]
    [InlineData("How did Brainbridge's ledgers report revenue?", "Bainbridge's official ledgers reported revenue by department.", "How did Bainbridge's ledgers report revenue?")]
    [InlineData("Did Erdogann visit Kabul?", "Erdoğan visited Kabul on Monday.", "Did Erdoğan visit Kabul?")]
    [InlineData("How much did Time Warner's profits rise?", "Quarterly profits at US media giant TimeWarner jumped 76%.", "How much did TimeWarner's profits rise?")]
    [InlineData("Who sang at the Superbowl?", "The Super Bowl halftime show was headlined by Coldplay.", "Who sang at the Super Bowl?")]
    [InlineData("When did Ghengis Khan die?", "Genghis Khan died in August 1227.", "When did Genghis Khan die?")]
    // A short name with two neighbours swapped.
    [InlineData("What was Abu Hamaz charged with?", "Abu Hamza was charged with incitement.", "What was Abu Hamza charged with?")]
    [InlineData("Which TEFU article bars quotas?", "Article 30 of the TFEU bars quotas.", "Which TFEU article bars quotas?")]
    public void Correct_ANameNoArticleUses_TakesTheSpellingOfTheOneCloseNameInThePassages(string question, string passage, string expected)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Equal(expected, Misspellings.Correct(question, corpus, [passage]));
    }

    [Theory]
    // Too short: one slip turns one real name into another.
    [InlineData("Did Iraq close the border?", "Iran closed the border on Sunday.")]
    // Short, and a letter changed or moved rather than two neighbours swapped.
    [InlineData("Did Omar visit Kabul?", "Oman sent envoys to Kabul.")]
    [InlineData("Did Nplea send envoys?", "Nepal sent envoys on Monday.")]
    // Nothing close: a name the articles never mention stays unknown, so the bot can say so.
    [InlineData("Is Zorblatt port closed?", "Gwadar port handled record cargo.")]
    // Two close names: no way to tell which was meant.
    [InlineData("Who is Husain?", "Hussain met Husein in Lahore.")]
    // A name the articles use is left as it is, even when another is close.
    [InlineData("Where is Kandahar?", "Kandahar and Kandahari traders met.")]
    public void Correct_WhenTheSpellingIsNotClear_ChangesNothing(string question, string passage)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Null(Misspellings.Correct(question, corpus, [passage]));
    }
}

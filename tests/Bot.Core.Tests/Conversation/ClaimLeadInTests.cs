using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

/// <summary>The look-up's framing ("which outlet reported …") is cut away, so only the claim is matched against the articles.</summary>
public sealed class ClaimLeadInTests
{
    [Theory]
    [InlineData("Where does it say the strike was unintentional?", "the strike was unintentional")]
    [InlineData("did any article report that Vellmark will cut jobs?", "Vellmark will cut jobs")]
    [InlineData("Which outlet reported the talks in Tehran?", "the talks in Tehran")]
    [InlineData("Which article mentioned the Torkham closure?", "the Torkham closure")]
    [InlineData("which paper covered the Peshawar attack", "the Peshawar attack")]
    [InlineData("What source stated that Iran arrested militants?", "Iran arrested militants")]
    [InlineData("Is there an article saying broadband speeds doubled?", "broadband speeds doubled")]
    [InlineData("Does any story say Vellmark will cut jobs?", "Vellmark will cut jobs")]
    [InlineData("Is there a report that says the port reopened?", "the port reopened")]
    [InlineData("is there a source that Bensouda is the first woman to run the equipment ministry", "Bensouda is the first woman to run the equipment ministry")]
    [InlineData("Which story quoted Zabiullah Mujahid?", "Zabiullah Mujahid")]
    [InlineData("Which report wrote that the border was closed?", "the border was closed")]
    [InlineData("Find the sentence about the air strike", "the air strike")]
    [InlineData("find the story saying a quarter of homes sit empty", "a quarter of homes sit empty")]
    [InlineData("Find the article reporting that only four in five children have had both jabs", "only four in five children have had both jabs")]
    [InlineData("find the story where a nurse emailed bosses a dozen times", "a nurse emailed bosses a dozen times")]
    [InlineData("find me the report that says the port reopened", "the port reopened")]
    [InlineData("What is the source of the claim that Iran closed the border?", "Iran closed the border")]
    [InlineData("What's your source for saying the border was shut?", "the border was shut")]
    [InlineData("source for the claim that rural broadband speeds doubled?", "rural broadband speeds doubled")]
    // The story is asked for by what someone in it says.
    [InlineData("Which story has a pensioner saying her council tax rise is bigger than her pension's?", "her council tax rise is bigger than her pension's")]
    [InlineData("Is there a source for the claim that world food prices rose 83 percent?", "world food prices rose 83 percent")]
    [InlineData("is there a source for the film festival probably ending up in the red this year?", "the film festival probably ending up in the red this year")]
    [InlineData("where's the bit about buyers getting faulty screens", "buyers getting faulty screens")]
    // The reader says where they read it, and the claim's own verb stays in it.
    [InlineData("where did I read that around two-fifths of Hoshino's LNG supply comes from the Middle East?", "around two-fifths of Hoshino's LNG supply comes from the Middle East")]
    [InlineData("In which story did I read that Vellmark will cut jobs?", "Vellmark will cut jobs")]
    [InlineData("where have we read that the minister said the port would reopen", "the minister said the port would reopen")]
    [InlineData("Show me where Calder Therapeutics confirmed it was in takeover talks.", "Calder Therapeutics confirmed it was in takeover talks")]
    [InlineData("show me where it says the RAK half marathon winner got a bonus", "the RAK half marathon winner got a bonus")]
    [InlineData("point me to where the reporter says the dam was overflowing", "the dam was overflowing")]
    [InlineData("Can you show me where it says the Berlin winner was the first film from Mexico?", "the Berlin winner was the first film from Mexico")]
    // The story asked for after the claim.
    [InlineData("is it true that voters are split on the plan - which story?", "voters are split on the plan")]
    [InlineData("Is it true that France beat Scotland at Murrayfield? Which story is that in?", "France beat Scotland at Murrayfield")]
    public void Claim_DropsTheLeadIn(string utterance, string claim) => Assert.Equal(claim, ClaimLookup.Claim(utterance));
}

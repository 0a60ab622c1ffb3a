using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class ClaimNegationTests
{
    [Theory]
    [InlineData("Marsh dropped a set", "The 22-year-old from Bristol did not drop a set all week.", "dropped", "not drop")]
    [InlineData("Lumo completed the deal", "Lumo has not completed the deal yet.", "completed", "not completed")]
    [InlineData("Vellmark did not cut jobs", "German carmaker Vellmark is to cut 1,200 jobs.", "not cut", "cut")]
    [InlineData("Kabul denies the charge", "Kabul doesn't deny the charge.", "denies", "doesn't deny")]
    // A denial that shares no word with the other side's is no match for it.
    [InlineData("Cyprus has no firefighting aircraft", "Cyprus has no water bombers, but its firefighting aircraft were grounded.", "no firefighting", "firefighting")]
    // The denial passes over auxiliaries to the word it bears on.
    [InlineData("the painting was seen in public", "The painting has not been seen in public since 1990.", "seen", "not been seen")]
    [InlineData("the runway was cleared of rubber in 2025", "The operator has not cleared rubber from the runway since October 2024.", "cleared", "not cleared")]
    [InlineData("the council declared the payment", "The council refused to declare the payment.", "declared", "refused to declare")]
    [InlineData("patients make the ferry journey", "The link lets him send X-rays without patients having to make the ferry journey.", "patients", "without patients")]
    public void Contradicted_TheSentenceDeniesWhatTheClaimSays(string claim, string sentence, string claimed, string said) =>
        Assert.Equal((claimed, said), ClaimNegation.Contradicted(claim, sentence));

    [Theory]
    // Both deny it, or neither does.
    [InlineData("Marsh did not drop a set", "The 22-year-old did not drop a set all week.")]
    [InlineData("Marsh won the title", "Tom Marsh won his first ATP title.")]
    // Each side words the denial its own way; the other side's word stands later in its denied clause.
    [InlineData("people who have already bought tickets won't be charged the extra", "Passengers who have already booked will not have to pay the higher charge, the airline said.")]
    [InlineData("a company says it can't afford staff pensions", "\"The company found £22m for a share buyback, yet it says it can't afford to keep its word to its staff.\"")]
    [InlineData("the figurehead hasn't been seen by the public for three decades", "The figurehead has been out of public view for 30 years.")]
    [InlineData("patients don't have to take a long boat trip", "The link lets him send X-rays without patients having to make a four-hour ferry journey.")]
    // The same denial in other words: "no firefighting planes" denies what "no firefighting aircraft" does, so the "aircraft"
    // the story goes on to lease contradicts nothing.
    [InlineData("Cyprus has no firefighting aircraft of its own", "Cyprus, which owns no firefighting planes of its own, relied on leased helicopters and aircraft from the Greek and Spanish air forces.")]
    // The negation bears on other words of the sentence.
    [InlineData("nurses were leaving the profession", "Paul Dunn said the pledge did not go far enough and warned that nurses were leaving the profession.")]
    // A time or an addition, not a denial.
    [InlineData("Robert Koch won the Nobel Prize in 1905", "It was not until Robert Koch's 1891 proofs, for which he was awarded a Nobel Prize in 1905, that microorganisms were confirmed.")]
    [InlineData("Isaac Newton identified gravity as a force", "What we now call gravity was not identified as a universal force until the work of Isaac Newton.")]
    [InlineData("the deal boosts its puzzle titles", "The deal not only boosts its puzzle titles but also its reach.")]
    // A verb may deny: "failed to declare" is "not declaring"; "failed" alone denies nothing.
    [InlineData("a minister quit after not declaring a family link", "Crosby resigned after it emerged he had failed to declare that his brother-in-law worked for a bidder.")]
    [InlineData("the bank failed in 2008", "The bank failed in 2008.")]
    // "Not enough land" denies that there is enough, not that there is land.
    [InlineData("the council not having enough land for housing", "He said the shortfall in the supply of housing land carried \"very substantial weight\".")]
    // Not since a time is when it last happened.
    [InlineData("the airport operator hadn't cleared rubber off the runway since autumn 2024", "The airport operator had last removed rubber from the runway in October 2024, the report said.")]
    [InlineData("the painting was last seen in 1990", "The painting has not been seen in public since 1990.")]
    // The claim denies a word whose opposite the sentence says: the same claim in other words.
    [InlineData("the merger deal promises no branch will close", "The merger agreement guarantees all branches stay open for at least three years.")]
    public void Contradicted_NoDenialOfTheClaim_IsNull(string claim, string sentence) =>
        Assert.Null(ClaimNegation.Contradicted(claim, sentence));
}

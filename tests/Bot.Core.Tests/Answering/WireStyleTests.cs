using Bot.Core.Answering;
using Microsoft.Extensions.DependencyInjection;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>Six short stories written the way wire and broadcast business pages write (TestData/wire, in topic folders): roles and staff in other words, and what people said.</summary>
public sealed class WireStyleTests : IAsyncLifetime
{
    private ServiceProvider? _services;

    private AnswerService Answers => _services!.GetRequiredService<AnswerService>();

    public async Task InitializeAsync() => _services = await EngineFactory.OpenOverAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "wire"));

    [Theory]
    // "Lumo's boss Jari Nieminen said …": a company's head is its "boss" or "chief" as often as its head.
    [InlineData("Who heads Lumo?", "Jari Nieminen")]
    // "Chief executive Alison Marr said …" does not name the firm; it names who heads it (RoleQuestion).
    [InlineData("Who is the boss of Harbour Foods?", "Chief executive Alison Marr said")]
    [InlineData("Who runs Harbour Foods?", "Chief executive Alison Marr said")]
    // "… which employs 400 people in Helsinki."
    [InlineData("How many people work at Lumo?", "400")]
    // The staff sentence holds a number; the question asks for money, which the lead holds.
    [InlineData("How much did Lumo pay for PixelRiver?", "$90m")]
    [InlineData("how much did lumo pay for pixelriver?", "$90m")]
    // The lead names Marsh and the final; the answer is the sentence that reports what he said (SpeechQuestion).
    [InlineData("What did Marsh say after the final?", "\"It's a dream come true,\" said Marsh")]
    [InlineData("What did Lumo's boss say about the deal?", "Jari Nieminen said the purchase")]
    [InlineData("What did Alison Marr say?", "Chief executive Alison Marr said the results")]
    // A post the story writes, its holder named in the next sentence.
    [InlineData("What did the health secretary say about the extra nurses?", "nurses")]
    // Asked the polite way, in a statement's order (IndirectQuestion).
    [InlineData("Can you tell me who the boss of Harbour Foods is?", "Chief executive Alison Marr said")]
    [InlineData("Do you know what Marsh said after the final?", "\"It's a dream come true,\" said Marsh")]
    [InlineData("Any idea how much Lumo paid for PixelRiver, please?", "$90m")]
    // Another story's union said something too; the answer is the union of the story the question is about.
    [InlineData("How did the union react to the Vellmark job cuts?", "Union leader Klaus Becker called the decision")]
    public async Task Ask_InOtherWordsOrAboutWhatSomeoneSaid_QuotesTheSentenceThatSaysIt(string question, string expected)
    {
        var answer = await Answers.AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(expected, answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhoHoldsARoleTheStoryNamesInTheNextSentence_QuotesThatSentenceToo()
    {
        // "The health secretary has promised …" matches the question; "Sarah Okafor told …", right after it, names her.
        var answer = await Answers.AskAsync("Who is the health secretary?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal(["politics/001.txt", "politics/001.txt"], answer.Citations.Take(2).Select(c => c.ArticleId));
        Assert.StartsWith("Sarah Okafor told", answer.Citations[1].Quote, StringComparison.Ordinal);
    }

    [Theory]
    // SQuAD 2.0's adversarial shapes: one word changed so that the story no longer answers (QuestionConditions).
    [InlineData("When did Harbour Foods close 35 stores?", "The closest passage says “open”, not “close”.")]
    [InlineData("How many people did PixelRiver employ in 2009?", "The closest articles never mention 2009.")]
    [InlineData("Which firm did not cut jobs?", "The articles don't cover that")]
    // Ruiz is named, but nothing he said is reported: quoting what Marsh said would put words in his mouth.
    [InlineData("What did Diego Ruiz say?", "They do not report anything Diego Ruiz said.")]
    // Typed without capitals, as in a chat: read with the capitals the stories give the name (Truecase).
    [InlineData("what did diego ruiz say?", "They do not report anything Diego Ruiz said.")]
    [InlineData("what did zorblatt say?", "They do not report anything zorblatt said.")]
    // A post no story writes: the health secretary's pledge is not the prime minister's.
    [InlineData("What did the prime minister say about the extra nurses?", "They do not report anything the prime minister said.")]
    // Money asked for, and no sentence found that shares a word with the question holds any: the deal's $90m answers
    // another question.
    [InlineData("How much does Tile Tower cost to download?", "The closest stories give no amount of money for this.")]
    public async Task Ask_OneWordChangedSoNoStoryAnswers_RefusesAndSaysWhy(string question, string expected)
    {
        var answer = await Answers.AskAsync(question);

        Assert.True(answer.Abstained, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Rewritten with the winner's name, it matched the lead; asked as typed within his story, the sentence that says it.
    [InlineData("Who won the Melbourne International?", "who coached him?", "coached by his mother")]
    // Five words naming no one: the union of the story being read, not the nurses' union of another.
    [InlineData("Why is Vellmark cutting jobs?", "how did the union react?", "Union leader Klaus Becker")]
    // Asked with the last question's words appended ("… say? Vellmark jobs"), it lost its shape and quoted the lead.
    [InlineData("How many jobs is Vellmark cutting?", "what did the union say?", "Union leader Klaus Becker")]
    public async Task FollowUp_AboutTheStoryBeingRead_LeadsWithTheSentenceThatSaysIt(string first, string followUp, string expected)
    {
        var bot = _services!.GetRequiredService<Bot.Core.Conversation.ConversationService>();
        string id = Guid.NewGuid().ToString("N");
        await bot.ReplyAsync(id, first);

        var reply = await bot.ReplyAsync(id, followUp);

        Assert.Contains(expected, reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    // A summary of a topic folder's name is that folder's stories, each at its lead.
    [InlineData("summarise the sport story", "I have 1 article in sport:")]
    [InlineData("give me a summary of the business news", "I have 2 articles in business:")]
    // Each side of a comparison is one story: both are summarised, though neither matches the whole topic.
    [InlineData("compare Harbour Foods and Vellmark", "Summary of 2 articles on “Harbour Foods and Vellmark”:")]
    public async Task Summary_OfAFolderOrAComparison_CoversEveryStoryAsked(string request, string expected)
    {
        var reply = await _services!.GetRequiredService<Bot.Core.Conversation.ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), request);

        Assert.StartsWith(expected, reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_ASentenceAfterTheClosestAboutSomeoneElse_IsNotFound()
    {
        // The sentence after the closest one is about the union's general secretary, not the health secretary named before it.
        var reply = await _services!.GetRequiredService<Bot.Core.Conversation.ConversationService>()
            .ReplyAsync(Guid.NewGuid().ToString("N"), "where does it say Sarah Okafor promised 5,000 extra doctors?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    [Fact]
    public async Task Greeting_OnAnArchiveWithoutTheSeedStories_OffersExamplesItAnswers()
    {
        var bot = _services!.GetRequiredService<Bot.Core.Conversation.ConversationService>();
        var examples = await _services!.GetRequiredService<Bot.Core.Conversation.Greeting>().ExamplesAsync();

        Assert.Equal(["What articles do you have?", "What's the latest news?", "Tell me about the business news"], examples);
        foreach (var example in examples)
        {
            var reply = await bot.ReplyAsync(Guid.NewGuid().ToString("N"), example);
            Assert.False(reply.Answer.Abstained, example);
        }
    }

    [Fact]
    public async Task SmallTalk_AboutTheBotMidConversation_StaysSmallTalk()
    {
        var bot = _services!.GetRequiredService<Bot.Core.Conversation.ConversationService>();
        string id = Guid.NewGuid().ToString("N");
        await bot.ReplyAsync(id, "Who heads Lumo?");

        var reply = await bot.ReplyAsync(id, "what can you do?");

        Assert.Equal(Bot.Core.Conversation.Intents.Intent.SmallTalk, reply.Intent);
    }

    [Theory]
    // The opposite word in its place ("open" for "close"), the claim denied ("did not drop"), or another number.
    [InlineData("where does it say Harbour Foods will close 35 stores?", "It says “open”, not “close”.")]
    [InlineData("did any story say Marsh dropped a set?", "It says “not drop”, not “dropped”.")]
    [InlineData("Does any article say the health secretary promised 10,000 nurses?", "It says “5,000”, not “10,000”.")]
    public async Task Lookup_ClaimTheClosestSentenceContradicts_SaysNoArticleSaysItAndWhatTheSentenceSays(string utterance, string says)
    {
        var reply = await _services!.GetRequiredService<Bot.Core.Conversation.ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), utterance);

        Assert.True(reply.Answer.Abstained);
        Assert.StartsWith("No article says that.", reply.Answer.Text, StringComparison.Ordinal);
        Assert.EndsWith(says, reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_ClaimWithAnAmountAndItsUnit_IsFound()
    {
        var reply = await _services!.GetRequiredService<Bot.Core.Conversation.ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "Which article reports that Vellmark will spend 5bn euros on electric models?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Equal("It plans to spend 5bn euros on electric models by 2027.", Assert.Single(reply.Answer.Citations).Quote);
    }

    public Task DisposeAsync()
    {
        _services?.Dispose();
        return Task.CompletedTask;
    }
}

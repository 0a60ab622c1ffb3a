using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class JobQuestionTests
{
    [Theory]
    [InlineData("what job has Arregui taken for next year?", true)]
    [InlineData("where does she work these days", true)]
    [InlineData("Which post did Anda Kļaviņa get in the new cabinet?", true)]
    [InlineData("where is Inés Cahuana Ríos working now?", true)]
    [InlineData("where did he work before that?", false)]
    [InlineData("Where does it say the pumps were working?", false)]
    [InlineData("How many people work at the plant?", false)]
    [InlineData("What position did Rivera play in Super Bowl XX?", false)]
    public void Asked_SomeonesJob(string question, bool expected) =>
        Assert.Equal(expected, JobQuestion.Asked(question));

    [Theory]
    [InlineData("Cahuana, 39, left the OGA in April to become director of the cryosphere programme at the University of Atacama.", true)]
    [InlineData("Drăgan, 44, took over the transport ministry in April.", true)]
    [InlineData("Osea Ralulu has been appointed head coach of Tonga's national sevens team.", true)]
    [InlineData("\"That is how science is supposed to work,\" said lead author Inés Cahuana Ríos.", false)]
    [InlineData("The study was named after the glacier.", false)]
    public void Gives_APostTaken(string sentence, bool expected) =>
        Assert.Equal(expected, JobQuestion.Gives(sentence));
}

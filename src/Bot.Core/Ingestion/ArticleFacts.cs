namespace Bot.Core.Ingestion;

/// <summary>Outlet and date facts gathered while cleaning; the first value found for each wins.</summary>
internal sealed class ArticleFacts(string? outlet, DateOnly? published)
{
    private DateOnly? _published = published;
    private DateOnly? _updated;

    public string? Outlet { get; private set; } = outlet;

    /// <summary>The publication date, or an update date when no publication date was stated.</summary>
    public DateOnly? Published => _published ?? _updated;

    public void Apply(Attribution attribution)
    {
        Outlet ??= attribution.Outlet;
        if (attribution.Date is not { } date)
        {
            return;
        }

        if (attribution.IsUpdate)
        {
            _updated ??= date;
        }
        else
        {
            _published ??= date;
        }
    }
}

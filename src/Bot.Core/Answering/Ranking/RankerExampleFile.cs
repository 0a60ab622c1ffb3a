namespace Bot.Core.Answering.Ranking;

/// <summary>Featurised training examples on disk, so tree settings can be tuned without retrieving every question again.</summary>
public static class RankerExampleFile
{
    private const string Magic = "newsbot-ranker-examples-v2";

    /// <summary>Writes <paramref name="examples"/> under <paramref name="key"/> (what they were made from).</summary>
    public static void Write(string path, string key, IReadOnlyList<RankerExample> examples)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Magic);
        writer.Write(key);
        writer.Write(string.Join(',', SentenceFeatures.Names));
        writer.Write(examples.Count);
        foreach (var e in examples)
        {
            writer.Write(e.QuestionId);
            writer.Write(e.Group);
            writer.Write(e.Answerable);
            writer.Write(e.Weight);
            writer.Write(e.Features.Length);
            for (int i = 0; i < e.Features.Length; i++)
            {
                writer.Write(e.Labels[i]);
                foreach (var value in e.Features[i])
                {
                    writer.Write(value);
                }
            }
        }
    }

    /// <summary>The examples saved at <paramref name="path"/>, or null when they were made from other data or with other features.</summary>
    public static List<RankerExample>? Read(string path, string key)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != Magic || reader.ReadString() != key || reader.ReadString() != string.Join(',', SentenceFeatures.Names))
        {
            return null;
        }

        var examples = new List<RankerExample>(reader.ReadInt32());
        for (int n = examples.Capacity; n > 0; n--)
        {
            string id = reader.ReadString(), group = reader.ReadString();
            bool answerable = reader.ReadBoolean();
            float weight = reader.ReadSingle();
            var features = new float[reader.ReadInt32()][];
            var labels = new bool[features.Length];
            for (int i = 0; i < features.Length; i++)
            {
                labels[i] = reader.ReadBoolean();
                features[i] = new float[SentenceFeatures.Count];
                for (int j = 0; j < features[i].Length; j++)
                {
                    features[i][j] = reader.ReadSingle();
                }
            }

            examples.Add(new RankerExample(id, group, answerable, features, labels, weight));
        }

        return examples;
    }
}

using Froth.Cli.Hosting;

return await FrothApp.RunAsync(args, CliEnvironment.FromProcess());

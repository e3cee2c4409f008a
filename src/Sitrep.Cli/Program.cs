using System.Text;
using Sitrep.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return SitrepCommandLine.Run(args, CliContext.ForConsole());

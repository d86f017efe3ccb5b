from sopdesk.cli.main import run

run()

from vimod.cli import main

main()

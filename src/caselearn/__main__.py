from caselearn.cli import main

main()

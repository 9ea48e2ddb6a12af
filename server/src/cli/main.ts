process.stderr.write('cable: not implemented yet\n');
process.exit(2);

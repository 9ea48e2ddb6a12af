#!/usr/bin/env node
require('../dist/cable.js');

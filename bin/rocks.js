#!/usr/bin/env node
import '../dist/rocks.mjs';

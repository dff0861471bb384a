console.log('schemas');
